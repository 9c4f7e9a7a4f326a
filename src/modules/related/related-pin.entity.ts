import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Article } from '../article/article.entity.js';

/** An editor's choice of related article, shown before the automatic ones, in `position` order. */
@Entity({ tableName: 'article_related_pin' })
@Unique({ properties: ['article', 'related'] })
export class RelatedPin {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne({ entity: 'Article', ref: true, deleteRule: 'cascade', index: true })
  article!: Ref<Article>;

  @ManyToOne({ entity: 'Article', ref: true, deleteRule: 'cascade', index: true })
  related!: Ref<Article>;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

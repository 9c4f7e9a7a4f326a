import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Article } from '../article/article.entity.js';

/** Views of one article on one portal day (Asia/Ho_Chi_Minh): the popularity buckets. */
@Entity({ tableName: 'article_view_day' })
// (day, article, views): the window of a most-read ranking is read from the index alone.
@Index({ properties: ['day', 'article', 'views'] })
export class ArticleViewDay {
  @ManyToOne({ entity: 'Article', primary: true, ref: true, deleteRule: 'cascade' })
  article!: Ref<Article>;

  /** YYYY-MM-DD in the portal's time zone. */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  views!: number;
}

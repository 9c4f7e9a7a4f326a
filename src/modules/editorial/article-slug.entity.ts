import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A slug an article had before its title changed: `article(slug:)` still finds it there, so
 * links already shared keep working. A slug is either an article's current one or one of these,
 * never both (see editorial/slugs.ts).
 */
@Entity({ tableName: 'article_slug' })
export class ArticleSlug {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Property({ type: 'integer', index: true })
  articleId!: number;

  @Property({ type: 'datetime' })
  retiredAt: Date = new Date();
}

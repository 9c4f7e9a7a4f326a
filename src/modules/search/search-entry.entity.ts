import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum SearchHitType {
  ARTICLE = 'ARTICLE',
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
  EVENT = 'EVENT',
}
registerEnumType(SearchHitType, {
  name: 'SearchHitType',
  description: 'What kind of object a search hit is.',
  valuesConfig: {
    ARTICLE: { description: 'A news article (bài viết).' },
    PERSON: { description: 'A person (nhân vật).' },
    ORGANISATION: { description: 'An organisation (tổ chức).' },
    EVENT: { description: 'An event (sự kiện).' },
  },
});

/**
 * One searchable object: its text as written and folded (tone marks and đ removed in
 * TypeScript, so both databases search the same words). The full-text indexes over the folded
 * columns are per dialect and live in the migrations: FTS5 on SQLite, tsvector + pg_trgm on
 * PostgreSQL.
 */
@Entity({ tableName: 'search_entry' })
@Unique({ properties: ['kind', 'refId'] })
@Index({ properties: ['publishedAt'] })
export class SearchEntry {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => SearchHitType })
  kind!: SearchHitType;

  @Property({ type: 'integer' })
  refId!: number;

  /** Headline or name. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  titleFolded!: string;

  /** Lead, body, captions and tags; rank and position; short name and aliases. */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyFolded!: string;

  /** Articles only: for date filters. Visibility is checked against the article itself. */
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  categoryId?: number | null;
}

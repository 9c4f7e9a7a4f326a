import {
  Collection,
  OptionalProps,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { linkTable } from '../../db/link-table.js';
import { Node, toGlobalId } from '../../graphql/node.js';
import { DateTime } from '../../graphql/scalars.js';
import { Event } from '../event/event.entity.js';
import { Image } from '../media/image.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';
import { Category } from '../taxonomy/category.entity.js';
import { DatePrecision } from '../taxonomy/date-precision.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { BodyBlock } from './body-block.entity.js';

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Editorial state. A PUBLISHED article with a future `publishedAt` is scheduled.',
  valuesConfig: {
    DRAFT: { description: 'Being written; seen only with an editor key.' },
    PUBLISHED: {
      description:
        'Public from `publishedAt` on (before that: scheduled, seen only with an editor key).',
    },
    WITHDRAWN: {
      description:
        'Taken down (gỡ bài) by `withdrawArticle`: off every public path; seen only with an editor key.',
    },
  },
});

/**
 * What the `status` column holds. A withdrawn article is stored as DRAFT with `withdrawnAt` set,
 * so every public path (which reads only PUBLISHED rows) drops it with no change of its own.
 */
export const storedStatuses = [ArticleStatus.DRAFT, ArticleStatus.PUBLISHED];

/** Mentions keep the order in which the article names them (the link id). */
const mention = (name: string, table: string, entity: string, column: string) =>
  linkTable(name, table, ['Article', 'article_id'], [entity, column]);

export const articleLinks = {
  authors: mention('ArticleAuthor', 'article_authors', 'Person', 'person_id'),
  tags: mention('ArticleTag', 'article_tags', 'Tag', 'tag_id'),
  people: mention('ArticlePerson', 'article_people', 'Person', 'person_id'),
  organisations: mention(
    'ArticleOrganisation',
    'article_organisations',
    'Organisation',
    'organisation_id',
  ),
  events: mention('ArticleEvent', 'article_events', 'Event', 'event_id'),
  places: mention('ArticlePlace', 'article_places', 'Place', 'place_id'),
};

@ObjectType({ implements: Node, description: 'A news article (bài viết).' })
@Entity({ tableName: 'article' })
// (updated_at, id) serves the UPDATED_AT orders and their cursors. The publication-date orders
// are served by expression indexes written in the migrations (see db/keyset.ts). There is no
// index on `status` on purpose: it has two values, and without statistics SQLite would pick it
// over the order indexes and sort every published article.
@Index({ properties: ['updatedAt', 'id'] })
export class Article implements Node {
  [OptionalProps]?: 'globalId' | 'createdAt' | 'updatedAt' | 'language' | 'status' | 'version';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Article', this.id);
  }

  @Field({
    description: 'Stable, unique URL key, Vietnamese-folded: "tang-cuong-hop-tac-quoc-te-...".',
  })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field({ description: 'Headline (tiêu đề).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst (sapo): the opening paragraph.' })
  @Property({ type: 'text', nullable: true })
  lead?: string | null;

  @Field({ description: 'Language, BCP 47: "vi".' })
  @Property({ type: 'string', length: 16 })
  language: string = 'vi';

  /** DRAFT or PUBLISHED (see storedStatuses); the API's `status` says WITHDRAWN from `withdrawnAt`. */
  @Enum({ items: storedStatuses })
  status: ArticleStatus = ArticleStatus.DRAFT;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it was published; empty when the source does not say.',
  })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How precisely `publishedAt` is known: DAY when the source gives only the date.',
  })
  @Enum({ items: () => DatePrecision, nullable: true })
  publishedAtPrecision?: DatePrecision | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTime, { description: 'Last change to the article or its links.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToOne(() => Category, { nullable: true, ref: true, index: true })
  category?: Ref<Category> | null;

  // Added by the editorial migration: after the older columns, in the order SQLite added them.
  @Field(() => Int, {
    description: 'Bumped by every write; editors pass it back to update (optimistic locking).',
  })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** Set by withdrawArticle (gỡ bài); cleared when it is published again. */
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  withdrawalReason?: string | null;

  @ManyToMany(() => Person, undefined, articleLinks.authors.options)
  authors = new Collection<Person>(this);

  @ManyToMany(() => Tag, undefined, articleLinks.tags.options)
  tags = new Collection<Tag>(this);

  @ManyToMany(() => Person, undefined, articleLinks.people.options)
  people = new Collection<Person>(this);

  @ManyToMany(() => Organisation, undefined, articleLinks.organisations.options)
  organisations = new Collection<Organisation>(this);

  @ManyToMany(() => Event, undefined, articleLinks.events.options)
  events = new Collection<Event>(this);

  @ManyToMany(() => Place, undefined, articleLinks.places.options)
  places = new Collection<Place>(this);

  @OneToMany(() => Image, (i) => i.article, { orderBy: { position: 'asc' } })
  images = new Collection<Image>(this);

  @OneToMany(() => BodyBlock, (b) => b.article, { orderBy: { position: 'asc' } })
  blocks = new Collection<BodyBlock>(this);
}

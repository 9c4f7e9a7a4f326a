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
import { Field, ObjectType, registerEnumType } from 'type-graphql';
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
}
registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Editorial state. A PUBLISHED article with a future `publishedAt` is scheduled.',
});

/** Mentions keep the order in which the article names them (fixedOrder). */
const mention = (pivotTable: string, inverseJoinColumn: string) => ({
  pivotTable,
  joinColumn: 'article_id',
  inverseJoinColumn,
  fixedOrder: true,
});

@ObjectType({ implements: Node, description: 'A news article (bài viết).' })
@Entity({ tableName: 'article' })
@Index({ properties: ['status', 'publishedAt'] })
@Index({ properties: ['updatedAt'] })
export class Article implements Node {
  [OptionalProps]?: 'globalId' | 'createdAt' | 'updatedAt' | 'language' | 'status';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  get globalId() {
    return toGlobalId('Article', this.id);
  }

  @Field({ description: 'Stable, unique URL key, Vietnamese-folded: "tang-cuong-hop-tac-quoc-te-...".' })
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

  @Enum({ items: () => ArticleStatus })
  status: ArticleStatus = ArticleStatus.DRAFT;

  @Field(() => DateTime, { nullable: true, description: 'When it was published; empty when the source does not say.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely `publishedAt` is known: DAY when the source gives only the date.' })
  @Enum({ items: () => DatePrecision, nullable: true })
  publishedAtPrecision?: DatePrecision | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => DateTime, { description: 'Last change to the article or its links.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToOne(() => Category, { nullable: true, ref: true })
  category?: Ref<Category> | null;

  @ManyToMany(() => Person, undefined, mention('article_authors', 'person_id'))
  authors = new Collection<Person>(this);

  @ManyToMany(() => Tag, undefined, mention('article_tags', 'tag_id'))
  tags = new Collection<Tag>(this);

  @ManyToMany(() => Person, undefined, mention('article_people', 'person_id'))
  people = new Collection<Person>(this);

  @ManyToMany(() => Organisation, undefined, mention('article_organisations', 'organisation_id'))
  organisations = new Collection<Organisation>(this);

  @ManyToMany(() => Event, undefined, mention('article_events', 'event_id'))
  events = new Collection<Event>(this);

  @ManyToMany(() => Place, undefined, mention('article_places', 'place_id'))
  places = new Collection<Place>(this);

  @OneToMany(() => Image, (i) => i.article, { orderBy: { position: 'asc' } })
  images = new Collection<Image>(this);

  @OneToMany(() => BodyBlock, (b) => b.article, { orderBy: { position: 'asc' } })
  blocks = new Collection<BodyBlock>(this);
}

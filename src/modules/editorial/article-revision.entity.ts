import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';

export enum RevisionAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  PUBLISH = 'PUBLISH',
  SCHEDULE = 'SCHEDULE',
  WITHDRAW = 'WITHDRAW',
  DELETE = 'DELETE',
}
registerEnumType(RevisionAction, {
  name: 'RevisionAction',
  description: 'What a write did to an article.',
  valuesConfig: {
    CREATE: { description: 'createArticle.' },
    UPDATE: { description: 'updateArticle.' },
    PUBLISH: { description: 'publishArticle, effective at once.' },
    SCHEDULE: { description: 'publishArticle with a future `at` (hẹn giờ đăng).' },
    WITHDRAW: { description: 'withdrawArticle (gỡ bài).' },
    DELETE: { description: 'deleteArticle.' },
  },
});

@ObjectType({
  description:
    'One field a write changed, with its value before and after (as JSON; lists of slugs for links).',
})
export class FieldChange {
  @Field({ description: 'The ArticleInput field: "title", "tags", "publishedAt", "status", ...' })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as JSON text; null when it was empty.',
  })
  before!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after, as JSON text; null when it is empty.',
  })
  after!: string | null;
}

/**
 * One write to an article: who (the key's name), when, and what changed. Written in the same
 * transaction as the write, and kept when the article is deleted (no foreign key): it is the
 * newsroom's record.
 */
@ObjectType({ description: 'One write to an article (editors only): who, when, what changed.' })
@Entity({ tableName: 'article_revision' })
@Index({ properties: ['articleId', 'version'] })
export class ArticleRevision {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  articleId!: number;

  @Field(() => Int, { description: 'The article version this write made.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => RevisionAction, { description: 'What the write did.' })
  @Enum({ items: () => RevisionAction })
  action!: RevisionAction;

  @Property({ type: 'integer', nullable: true })
  keyId?: number | null;

  @Field({ description: 'Who: the name of the API key that wrote it.' })
  @Property({ type: 'text' })
  keyName!: string;

  @Field(() => DateTime, { description: 'When it was written.' })
  @Property({ type: 'datetime' })
  at!: Date;

  /** FieldChange[] as JSON. */
  @Property({ type: 'text' })
  changes!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why, where the write says (the withdrawal reason).',
  })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

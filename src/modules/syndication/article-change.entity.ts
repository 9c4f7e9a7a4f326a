import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum ChangeKind {
  PUBLISHED = 'PUBLISHED',
  UPDATED = 'UPDATED',
  WITHDRAWN = 'WITHDRAWN',
  DELETED = 'DELETED',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to an article, as a partner mirroring us must apply it.',
  valuesConfig: {
    PUBLISHED: { description: 'It became public (now, or at its scheduled time): add it.' },
    UPDATED: { description: 'A public article changed: fetch it again.' },
    WITHDRAWN: {
      description:
        'Taken down (gỡ bài): remove it, and stop showing it. `reason` says why when the newsroom gave one.',
    },
    DELETED: { description: 'Deleted: remove it.' },
  },
});

/**
 * The change feed: one row per change a partner must apply, written in the transaction of the
 * change itself (editorial writes, the seed, the synthetic generator). Read in (at_ms, id) order,
 * `at_ms` being when it takes effect: a scheduled publication is written when it is scheduled and
 * read from its time on. Writers assign at_ms and id under one lock (see change-log.ts), so no
 * change can commit behind a position a reader has already passed.
 */
@Entity({ tableName: 'article_change' })
@Index({ properties: ['atMs', 'id'] })
export class ArticleChange {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => ChangeKind })
  kind!: ChangeKind;

  @Property({ type: 'integer', index: true })
  articleId!: number;

  @Property({ type: 'string', length: 200 })
  slug!: string;

  /** Epoch milliseconds when the change takes effect. */
  @Property({ type: new BigIntType('number') })
  atMs!: number;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}

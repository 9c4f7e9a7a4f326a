// Keeps the search index in the same transaction as every ORM write: what a flush changes is
// noted, and re-indexed just before that transaction commits (a rollback leaves no trace).
import {
  ChangeSetType,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { reindex, type Reindex } from './search.indexer.js';

type Touched = Record<keyof Reindex, Set<{ id?: number }>> & {
  /** Renamed tags: their articles' entries hold the old name. */
  renamedTags: Set<number>;
};

/** Which entry a changed entity belongs to: its own, or its article's (blocks, images). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of the search tables, read by column name
type SearchRow = Record<string, any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entity of any indexed class, read by property name
function entryOf(entity: Record<string, any>): [keyof Reindex, { id?: number }] | null {
  switch (entity.constructor.name) {
    case 'Article':
      return ['articles', entity];
    case 'BodyBlock':
    case 'Image':
      return entity.article ? ['articles', entity.article] : null;
    case 'Person':
      return ['people', entity];
    case 'Organisation':
      return ['organisations', entity];
    case 'Event':
      return ['events', entity];
    default:
      return null;
  }
}

export class SearchIndexSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<object, Touched>();

  onFlush({ em, uow }: FlushEventArgs) {
    const touched = this.pending.get(em) ?? {
      articles: new Set(),
      people: new Set(),
      organisations: new Set(),
      events: new Set(),
      renamedTags: new Set<number>(),
    };
    for (const cs of uow.getChangeSets()) {
      if (
        cs.entity.constructor.name === 'Tag' &&
        cs.type === ChangeSetType.UPDATE &&
        'name' in cs.payload
      ) {
        touched.renamedTags.add((cs.entity as { id: number }).id);
      }
    }
    const owners = [
      ...uow.getChangeSets().map((cs) => cs.entity),
      ...uow.getCollectionUpdates().map((c) => c.owner),
    ];
    for (const entity of owners) {
      const entry = entryOf(entity as Record<string, unknown>);
      if (entry) touched[entry[0]].add(entry[1]);
    }
    this.pending.set(em, touched);
  }

  async beforeTransactionCommit({ em, transaction }: TransactionEventArgs) {
    const touched = this.pending.get(em);
    if (!touched || !transaction) return;
    this.pending.delete(em);
    // Ids exist now: the inserts have run.
    const ids = (set: Set<{ id?: number }>) =>
      [...set].map((e) => e.id).filter((id): id is number => typeof id === 'number');
    const scope: Reindex = {
      articles: ids(touched.articles),
      people: ids(touched.people),
      organisations: ids(touched.organisations),
      events: ids(touched.events),
    };
    const sqlEm = em as unknown as EntityManager;
    const db = {
      knex: sqlEm.getKnex(),
      run: async (qb: Knex.QueryBuilder) =>
        (await sqlEm.getConnection().execute(qb, [], 'all', transaction as never)) as SearchRow[],
    };
    if (touched.renamedTags.size) {
      const rows = await db.run(
        db
          .knex('article_tags')
          .distinct('article_id')
          .whereIn('tag_id', [...touched.renamedTags]),
      );
      scope.articles = [
        ...new Set([...(scope.articles ?? []), ...rows.map((r) => Number(r.article_id))]),
      ];
    }
    await reindex(db, scope);
  }

  afterTransactionRollback({ em }: TransactionEventArgs) {
    this.pending.delete(em);
  }
}

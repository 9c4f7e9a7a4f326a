// Writing and reading the change feed without gaps. The trap: ids (and times) are assigned when a
// row is inserted, but rows become visible when their transaction commits, so a reader that has
// passed id 10 can miss id 9 committing a moment later. Here, on PostgreSQL, a writer takes an
// exclusive transaction lock just before it assigns its row's position, and holds it to commit;
// a reader takes the same lock shared for its read. No row can therefore be uncommitted below a
// position a reader returns. SQLite has one writer at a time and, in one process, one connection,
// which a read waits for while a write transaction holds it.
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { rowsOf } from '../../db/rows.js';
import { ChangeKind } from './article-change.entity.js';

/** The advisory lock key of the change feed (any constant; "bantin" as digits). */
const FEED_LOCK = 2_268_460_914;

export type ChangeEntry = {
  kind: ChangeKind;
  articleId: number;
  slug: string;
  reason?: string | null;
  at?: Date | null;
};

/** Appends changes in the caller's transaction. `at` in the future: takes effect then (a schedule). */
export async function logChanges(em: EntityManager, entries: ChangeEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const knex = em.getKnex();
  let now = Date.now();
  if (isPostgres(em)) {
    await rowsOf(em, knex.raw('select pg_advisory_xact_lock(?)', [FEED_LOCK]));
    // The database's clock, read under the lock: positions then follow commit order.
    const [row] = await rowsOf<{ now: string }>(
      em,
      knex.raw('select (extract(epoch from clock_timestamp()) * 1000)::bigint as now'),
    );
    now = Number(row.now);
  }
  const rows = entries.map((e) => ({
    kind: e.kind,
    article_id: e.articleId,
    slug: e.slug,
    at_ms: Math.max(now, e.at?.getTime() ?? 0),
    reason: e.reason ?? null,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await rowsOf(em, knex('article_change').insert(rows.slice(i, i + 500)));
}

/** A scheduled publication that no longer holds (unpublished, rescheduled, withdrawn, deleted). */
export async function dropScheduled(em: EntityManager, articleId: number): Promise<void> {
  const knex = em.getKnex();
  await rowsOf(
    em,
    knex('article_change')
      .where({ article_id: articleId, kind: ChangeKind.PUBLISHED })
      .andWhere('at_ms', '>', Date.now())
      .delete(),
  );
}

export type ChangeRow = {
  id: number;
  kind: ChangeKind;
  article_id: number;
  slug: string;
  at_ms: number | string;
  reason: string | null;
};

/** Changes after `after` ([at_ms, id]) that have taken effect, oldest first. */
export async function readChanges(
  em: EntityManager,
  after: [number, number] | null,
  limit: number,
): Promise<ChangeRow[]> {
  const read = async (tx: EntityManager) => {
    const knex = tx.getKnex();
    const now = isPostgres(tx)
      ? Number(
          (
            await rowsOf<{ now: string }>(
              tx,
              knex.raw(
                'select pg_advisory_xact_lock_shared(?), (extract(epoch from clock_timestamp()) * 1000)::bigint as now',
                [FEED_LOCK],
              ),
            )
          )[0].now,
        )
      : Date.now();
    const q = knex('article_change')
      .select('id', 'kind', 'article_id', 'slug', 'at_ms', 'reason')
      .where('at_ms', '<=', now)
      .orderBy([{ column: 'at_ms' }, { column: 'id' }])
      .limit(limit);
    if (after)
      q.andWhere((w) =>
        w
          .where('at_ms', '>', after[0])
          .orWhere((t) => t.where('at_ms', after[0]).andWhere('id', '>', after[1])),
      );
    return rowsOf<ChangeRow>(tx, q);
  };
  // On PostgreSQL the shared lock lives as long as its transaction: the read is one.
  return isPostgres(em) ? em.fork().transactional((tx) => read(tx as EntityManager)) : read(em);
}

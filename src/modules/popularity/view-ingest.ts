// Page views, written with group commit: each view waits (a few ms) for others, one transaction
// writes them all as per-day counters, and every caller is answered only after that transaction
// has committed. Nothing acknowledged is lost; thousands of views cost one statement pair.
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../db/orm.js';
import { outsideRequests } from '../../db/sql-stats.js';
import { apiError } from '../../platform/errors.js';
import { portalDay } from '../../text/portal-time.js';
import { wherePublic } from '../article/article.service.js';

type Pending = {
  articleId: number;
  day: string;
  /** 0 for a view that is checked but not counted (bot, repeat). */
  count: 0 | 1;
  resolve: () => void;
  reject: (err: unknown) => void;
};

export type ViewIngestOptions = { batchWindowMs: number; batchMax: number };

export class ViewIngest {
  private queue: Pending[] = [];
  /** Told the size of every batch written (metrics). */
  onBatch?: (size: number) => void;

  /** Views waiting for their transaction. */
  get pending(): number {
    return this.queue.length;
  }
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  /** Batches committed, for tests and metrics. */
  batches = 0;

  constructor(
    private readonly orm: Orm,
    private readonly opts: ViewIngestOptions,
  ) {}

  /**
   * Resolves once the view is durably stored (count 1) or the article is known to be public
   * (count 0). Rejects with NOT_FOUND for an unknown or unpublished article.
   */
  record(articleId: number, count: 0 | 1, at = new Date()): Promise<void> {
    if (this.closed)
      return Promise.reject(
        apiError('SERVICE_UNAVAILABLE', 'The server is shutting down; send the view again.'),
      );
    return new Promise((resolve, reject) => {
      this.queue.push({ articleId, day: portalDay(at), count, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.flushing) return; // the running flush picks the queue up when it ends
    if (this.queue.length >= this.opts.batchMax) {
      this.startFlush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.startFlush(), this.opts.batchWindowMs);
    }
  }

  private startFlush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length === 0 || this.flushing) return;
    const batch = this.queue.splice(0, this.opts.batchMax);
    this.flushing = outsideRequests(() => this.write(batch)).finally(() => {
      this.flushing = null;
      // Views that arrived during the commit form the next batch at once.
      if (this.queue.length > 0) this.startFlush();
    });
  }

  private async write(batch: Pending[]) {
    try {
      const known = await this.orm.em.fork().transactional(async (em) => {
        const ids = [...new Set(batch.map((p) => p.articleId))];
        const publicIds = await publicArticleIds(em as EntityManager, ids);
        const counts = new Map<string, { articleId: number; day: string; views: number }>();
        for (const p of batch) {
          if (!publicIds.has(p.articleId) || p.count === 0) continue;
          const key = `${p.articleId}:${p.day}`;
          const row = counts.get(key) ?? { articleId: p.articleId, day: p.day, views: 0 };
          row.views += 1;
          counts.set(key, row);
        }
        await upsertViews(em as EntityManager, [...counts.values()]);
        return publicIds;
      });
      this.batches++;
      this.onBatch?.(batch.length);
      for (const p of batch) {
        if (known.has(p.articleId)) p.resolve();
        else p.reject(noPublishedArticle());
      }
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  /** Writes what is queued, then refuses new views. */
  async close() {
    this.closed = true;
    while (this.flushing || this.queue.length) {
      this.startFlush();
      await this.flushing;
    }
  }
}

async function publicArticleIds(em: EntityManager, ids: number[]): Promise<Set<number>> {
  const rows: { id: number }[] = await em.execute(
    wherePublic(em, em.getKnex()('article').select('id').whereIn('id', ids), 'article'),
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/** One statement: insert the day's counters or add to them. Sorted, so concurrent writers lock rows in the same order. */
async function upsertViews(
  em: EntityManager,
  rows: { articleId: number; day: string; views: number }[],
) {
  if (rows.length === 0) return;
  rows.sort((a, b) => a.articleId - b.articleId || a.day.localeCompare(b.day));
  const knex = em.getKnex();
  await em.execute(
    knex('article_view_day')
      .insert(rows.map((r) => ({ article_id: r.articleId, day: r.day, views: r.views })))
      .onConflict(['article_id', 'day'])
      .merge({ views: knex.raw('article_view_day.views + excluded.views') }),
  );
}

/** The answer for a view of an article that is not published (or cannot exist). */
export const noPublishedArticle = () =>
  apiError('NOT_FOUND', 'No published article has this id.', { argument: 'articleId' });

// Popularity windows and the queries behind `Article.views` and `mostRead`.
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { registerEnumType } from 'type-graphql';
import { daysBefore, portalDay } from '../../text/portal-time.js';
import { wherePublic } from '../article/article.service.js';

export enum PopularityWindow {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  ALL_TIME = 'ALL_TIME',
}
registerEnumType(PopularityWindow, {
  name: 'PopularityWindow',
  description: 'A span of portal days (Asia/Ho_Chi_Minh), today included.',
  valuesConfig: {
    DAY: { description: 'Today.' },
    WEEK: { description: 'The last 7 days: "Tin đọc nhiều trong tuần".' },
    MONTH: { description: 'The last 30 days.' },
    ALL_TIME: { description: 'Every view ever counted.' },
  },
});

const windowDays: Record<PopularityWindow, number | null> = { DAY: 1, WEEK: 7, MONTH: 30, ALL_TIME: null };

/** First portal day of the window (inclusive), or null for all time. */
export function windowStart(window: PopularityWindow, now = new Date()): string | null {
  const days = windowDays[window];
  return days === null ? null : daysBefore(portalDay(now), days - 1);
}

/** Per request: views of many articles in one statement per window. */
export function popularityLoaders(em: EntityManager) {
  const viewsOf = new DataLoader<{ id: number; window: PopularityWindow }, number, string>(
    async (keys) => {
      const result = new Map<string, number>();
      for (const window of new Set(keys.map((k) => k.window))) {
        const ids = [...new Set(keys.filter((k) => k.window === window).map((k) => k.id))];
        const from = windowStart(window);
        const qb = em.getKnex()('article_view_day').select('article_id').sum('views as n').whereIn('article_id', ids).groupBy('article_id');
        if (from) qb.where('day', '>=', from);
        const rows: { article_id: number; n: number | string }[] = await em.execute(qb);
        for (const r of rows) result.set(`${window}:${r.article_id}`, Number(r.n));
      }
      return keys.map((k) => result.get(`${k.window}:${k.id}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.window}:${k.id}` },
  );
  return { viewsOf };
}

export type Ranked = { views: number; row: Record<string, unknown> };

/**
 * The most-read ranking, rows and all, kept in memory for a short time (MOST_READ_CACHE_MS): a
 * cached list costs no statement. An article unpublished meanwhile can stay listed that long.
 */
export class MostReadCache {
  private readonly entries = new Map<string, { expires: number; countedAt: Date; rows: Ranked[] }>();

  constructor(private readonly ttlMs: number) {}

  async ranking(em: EntityManager, window: PopularityWindow, first: number, category?: string | null) {
    const from = windowStart(window);
    const key = JSON.stringify([window, first, category ?? null, from]);
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit;
    const rows = await rank(em, from, first, category);
    const entry = { expires: Date.now() + this.ttlMs, countedAt: new Date(), rows };
    if (this.ttlMs > 0) {
      if (this.entries.size > 1000) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/** One statement: views summed per article over the window, joined to the public articles. */
async function rank(em: EntityManager, from: string | null, first: number, category?: string | null): Promise<Ranked[]> {
  const knex = em.getKnex();
  const sums = knex('article_view_day').select('article_id').sum('views as n').groupBy('article_id');
  if (from) sums.where('day', '>=', from);
  const qb = wherePublic(em, knex(sums.as('s')).join('article as a', 'a.id', 's.article_id').select('a.*', 's.n as __views'))
    .orderByRaw('s.n desc, a.id desc')
    .limit(first);
  if (category) qb.whereIn('a.category_id', knex('category').select('id').where('slug', category));
  const rows: Record<string, unknown>[] = await em.execute(qb);
  return rows.map(({ __views, ...row }) => ({ views: Number(__views), row }));
}

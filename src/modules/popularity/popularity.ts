// Popularity windows and the queries behind `Article.views` and `mostRead`.
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { registerEnumType } from 'type-graphql';
import { daysBefore, portalDay } from '../../text/portal-time.js';
import { wherePublic } from '../article/article.service.js';
import { rowsOf, whereIdIn, type Row } from '../../db/rows.js';

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

const windowDays: Record<PopularityWindow, number | null> = {
  DAY: 1,
  WEEK: 7,
  MONTH: 30,
  ALL_TIME: null,
};

/** First portal day of the window (inclusive), or null for all time. */
export function windowStart(window: PopularityWindow, now = new Date()): string | null {
  const days = windowDays[window];
  return days === null ? null : daysBefore(portalDay(now), days - 1);
}

/**
 * Articles' view counts per window, kept in memory for MOST_READ_CACHE_MS as the most-read lists
 * are: a page's counts then cost no statement (a home page's 20 cards asked for theirs in a
 * statement of their own on every request). Counts move every few seconds anyway, and answers
 * holding them say `max-age=10`. Bounded: the least recently read go first.
 */
export class ViewCountCache {
  private readonly counts: LRUCache<string, number> | null;

  constructor(ttlMs: number) {
    this.counts = ttlMs > 0 ? new LRUCache({ max: 200_000, ttl: ttlMs }) : null;
  }

  get(key: string): number | undefined {
    return this.counts?.get(key);
  }

  set(key: string, views: number): void {
    this.counts?.set(key, views);
  }
}

/** Per request: views of many articles, from memory or in one statement per window for the rest. */
export function popularityLoaders(em: EntityManager, cache: ViewCountCache) {
  const viewsOf = new DataLoader<{ id: number; window: PopularityWindow }, number, string>(
    async (keys) => {
      const result = new Map<string, number>();
      for (const window of new Set(keys.map((k) => k.window))) {
        const from = windowStart(window);
        const cacheKey = (id: number) => `${window}:${from}:${id}`;
        const ids: number[] = [];
        for (const id of new Set(keys.filter((k) => k.window === window).map((k) => k.id))) {
          const views = cache.get(cacheKey(id));
          if (views === undefined) ids.push(id);
          else result.set(`${window}:${id}`, views);
        }
        if (ids.length === 0) continue;
        const qb = whereIdIn(
          em,
          em.getKnex()('article_view_day').select('article_id').sum('views as n'),
          'article_id',
          ids,
        ).groupBy('article_id');
        if (from) qb.where('day', '>=', from);
        const rows = await rowsOf<{ article_id: number; n: number | string }>(em, qb, [], {
          reuse: true,
        });
        const counted = new Map(rows.map((r) => [Number(r.article_id), Number(r.n)]));
        for (const id of ids) {
          const views = counted.get(id) ?? 0;
          result.set(`${window}:${id}`, views);
          cache.set(cacheKey(id), views);
        }
      }
      return keys.map((k) => result.get(`${k.window}:${k.id}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.window}:${k.id}` },
  );
  return { viewsOf };
}

export type Ranked = { views: number; row: Row };

/**
 * The most-read ranking, rows and all, kept in memory for a short time (MOST_READ_CACHE_MS): a
 * cached list costs no statement. An article unpublished meanwhile can stay listed that long.
 */
type RankingEntry = { expires: number; countedAt: Date; rows: Ranked[] };

export class MostReadCache {
  private readonly entries = new Map<string, RankingEntry>();
  /**
   * Rankings being computed: requests that miss meanwhile wait for the same one. Without it,
   * every request in flight when an entry expired ranked the window again (at 100,000 articles,
   * 16 at once held every pooled connection for seconds).
   */
  private readonly computing = new Map<string, Promise<RankingEntry>>();
  /** Bumped by clear(): a ranking that content changed under is not kept. */
  private epoch = 0;

  constructor(private readonly ttlMs: number) {}

  /** Content changed (a withdrawal, say): no list computed before it may be served again. */
  clear(): void {
    this.epoch += 1;
    this.entries.clear();
    this.computing.clear();
  }

  async ranking(
    em: EntityManager,
    window: PopularityWindow,
    first: number,
    category?: string | null,
  ): Promise<RankingEntry> {
    const from = windowStart(window);
    const key = JSON.stringify([window, first, category ?? null, from]);
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit;
    if (this.ttlMs <= 0)
      return { expires: 0, countedAt: new Date(), rows: await rank(em, from, first, category) };
    let pending = this.computing.get(key);
    if (!pending) {
      const epoch = this.epoch;
      pending = rank(em, from, first, category)
        .then((rows) => {
          const entry = { expires: Date.now() + this.ttlMs, countedAt: new Date(), rows };
          if (epoch === this.epoch) {
            if (this.entries.size > 1000) this.entries.clear();
            this.entries.set(key, entry);
          }
          return entry;
        })
        .finally(() => {
          if (this.computing.get(key) === pending) this.computing.delete(key);
        });
      this.computing.set(key, pending);
    }
    return pending;
  }
}

/**
 * The window's sums are ranked from the (day, article_id, views) index alone, and only the best
 * few are then read from `article` by id: joining every article read this week to rank them
 * would read the article table whole. Articles that may not be listed (unpublished, another
 * section) drop out in the second step; while too few are left, a longer head is ranked.
 */
async function rank(
  em: EntityManager,
  from: string | null,
  first: number,
  category?: string | null,
): Promise<Ranked[]> {
  const knex = em.getKnex();
  for (let head = first * 2 + 10; ; head *= 4) {
    const sums = knex('article_view_day')
      .select('article_id')
      .sum('views as n')
      .groupBy('article_id')
      .orderByRaw('n desc, article_id desc')
      .limit(head);
    if (from) sums.where('day', '>=', from);
    const top = await rowsOf<{ article_id: number; n: number | string }>(em, sums);
    const ids = top.map((t) => Number(t.article_id));
    const qb = wherePublic(em, knex('article as a').select('a.*').whereIn('a.id', ids));
    if (category) qb.where('a.category_id', knex('category').select('id').where('slug', category));
    const rows = ids.length ? await rowsOf(em, qb) : [];
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const ranked = top
      .filter((t) => byId.has(Number(t.article_id)))
      .map((t) => ({ views: Number(t.n), row: byId.get(Number(t.article_id))! }));
    if (ranked.length >= first || top.length < head) return ranked.slice(0, first);
  }
}

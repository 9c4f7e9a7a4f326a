// What a write (or the clock reaching a scheduled article's time) must do beyond the database:
// every cache that holds answers computed from the old content forgets them, here and, through
// the response cache's Redis channel, on every other gateway. A withdrawn article is then never
// served again, and a scheduled one appears at its time without a restart.
import type { EntityManager } from '@mikro-orm/knex';
import type { Orm } from '../../db/orm.js';
import { rowsOf } from '../../db/rows.js';
import type { Logger } from '../../platform/logger.js';
import type { MostReadCache } from '../popularity/popularity.js';
import type { RelatedCache } from '../related/related.js';
import type { ReplicaSet } from '../../db/replicas.js';
import { ArticleStatus } from '../article/article.entity.js';
import { articleSorts } from '../article/article.query.js';
import { sortKey } from '../../db/keyset.js';
import { announceContentChange, onContentChangeElsewhere } from '../../platform/cluster-channel.js';

/**
 * The whole answers a gateway keeps and shares with the others (http/response-cache.ts), as far
 * as content changes concern them.
 */
export interface SharedAnswers {
  /** Forgets what this process holds. */
  forgetHere(): void;
  /** Forgets here and tells the other gateways; resolves once told (or when they cannot be). */
  clear(): Promise<void>;
  /** Whether this gateway hears the others' changes. */
  readonly hearsChanges: boolean;
  /** Set here: called when another gateway changed content. */
  onChange?: () => void;
}

/** setTimeout's ceiling (about 24.8 days): a later schedule is looked at again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class ContentChanges {
  private timer: NodeJS.Timeout | null = null;
  private deafness: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly deps: {
      orm: Orm;
      logger: Logger;
      responseCache: SharedAnswers | null;
      related: RelatedCache;
      mostRead: MostReadCache;
      replicas: ReplicaSet | null;
      /** Several gateways (REDIS_URL): how long content may be held here while their changes cannot be heard. */
      staleBound: { ms: number } | null;
    },
  ) {
    // Another gateway wrote: follow it (its write may also have scheduled an article).
    if (deps.responseCache) deps.responseCache.onChange = () => this.forgetLocal(true);
    // Another worker of this gateway wrote (relayed by the primary, Redis or not).
    onContentChangeElsewhere(() => {
      this.deps.responseCache?.forgetHere();
      this.forgetLocal(true);
    });
    // Another gateway's withdrawal must reach this one even while Redis is away: then nothing is
    // served from this process's memory for longer than the bound (it is forgotten that often),
    // and when Redis is back the shared answers of before are retired (response-cache.ts).
    if (deps.staleBound) {
      this.deafness = setInterval(() => {
        if (deps.responseCache?.hearsChanges) return;
        deps.responseCache?.forgetHere();
        deps.related.clear();
        deps.mostRead.clear();
      }, deps.staleBound.ms);
      this.deafness.unref();
    }
  }

  private forgetLocal(rearm: boolean) {
    // First: reads that start from now on go to the primary until replicas have this write.
    this.deps.replicas?.contentChanged();
    this.deps.related.clear();
    this.deps.mostRead.clear();
    if (rearm) void this.armSchedule();
  }

  /** After a committed write: forget, tell the other gateways, and look at the schedule again. */
  async changed(): Promise<void> {
    this.forgetLocal(false);
    announceContentChange();
    await this.deps.responseCache?.clear();
    await this.armSchedule();
  }

  /** Sets a timer for the next scheduled article (PUBLISHED with a future publishedAt). */
  async armSchedule(): Promise<void> {
    if (this.closed) return;
    let next: Date | null;
    try {
      const em = this.deps.orm.em.fork() as EntityManager;
      const now = em.getPlatform().processDateProperty(new Date());
      // On the publication-order index: from now on, the first published article (as plain
      // `min(published_at)`, PostgreSQL read the whole table, 80 ms at 100,000 articles, on
      // every write).
      const key = sortKey(em, articleSorts.PUBLISHED_AT_DESC);
      const [row] = await rowsOf<{ next: unknown }>(
        em,
        em
          .getKnex()('article as a')
          .select(em.getKnex().raw(`min(${key}) as next`))
          .where('a.status', ArticleStatus.PUBLISHED)
          .whereRaw(`${key} > ?`, [now]),
      );
      next = row?.next == null ? null : new Date(row.next as string);
    } catch (err) {
      // The database is away; the next write or restart looks again.
      this.deps.logger.warn(
        { err: (err as Error).message },
        'could not read the publication schedule',
      );
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!next || this.closed) return;
    const wait = Math.min(Math.max(next.getTime() - Date.now(), 0) + 5, MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      this.timer = null;
      // Every gateway has this timer; each retires the shared answers too (a second INCR is harmless).
      this.forgetLocal(false);
      void this.deps.responseCache?.clear().finally(() => this.armSchedule());
    }, wait);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.deafness) clearInterval(this.deafness);
  }
}

// Public reads on PostgreSQL streaming replicas (DATABASE_REPLICA_URLS). MikroORM opens a pool per
// replica (its `replicas` option); this decides, per request, which one a read goes to. MikroORM
// alone would pick one at random, down or however far behind.
//
// A replica is read from while
// - its last check answered, and it is still a standby (a promoted one no longer follows us);
// - its lag is at most REPLICA_MAX_LAG_MS;
// - it has replayed the last write this gateway heard of (here or, through Redis or the cluster,
//   elsewhere): after an editor's write, readers and caches never get the article from before it.
// With no replica eligible, reads go to the primary; a statement a replica fails is run again
// there. Writes, transactions and editors' reads always use the primary.
//
// Lag is measured in WAL positions, not replay timestamps (which grow on an idle primary): every
// check notes the primary's position, and a replica's lag is the age of the oldest noted position
// it has not replayed yet.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { isDatabaseUnavailable } from './unavailable.js';
import type { Logger } from '../platform/logger.js';
import type { Orm } from './orm.js';

type Settings = { maxLagMs: number; checkEveryMs: number; timeoutMs: number };

/** What MikroORM keeps for each replica: its name and its pool. */
type ReplicaConnection = { getKnex(): Knex; options?: { name?: string } };

export class Replica {
  /** Answered its last check, as a standby. */
  up = false;
  lagMs = Number.POSITIVE_INFINITY;
  /** The WAL position it had replayed at its last check. */
  replayed = -1n;
  private checking = false;

  constructor(
    readonly name: string,
    readonly knex: Knex,
  ) {}

  /** Statements that failed here and were run again on the primary. */
  fallbacks = 0;

  /** A statement failed here for want of the server: out until a check finds it again. */
  fellBack() {
    this.up = false;
    this.fallbacks++;
  }

  /** Asks where replay is; bounded in time, one at a time. */
  async check(timeoutMs: number, logger: Logger): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const { rows } = await withDeadline<{ rows: unknown[] }>(
        this.knex.raw(
          `select pg_is_in_recovery() as standby, (coalesce(pg_last_wal_replay_lsn(), '0/0') - '0/0')::text as replayed`,
        ),
        timeoutMs,
      );
      const { standby, replayed } = rows[0] as { standby: boolean; replayed: string };
      if (!standby && this.up)
        logger.error(
          { replica: this.name },
          'replica is not a standby (promoted?): no longer read from',
        );
      if (!this.up && standby)
        logger.info({ replica: this.name }, 'replica answers: reading from it again');
      this.up = standby;
      this.replayed = BigInt(replayed.split('.')[0]);
    } catch (err) {
      if (this.up)
        logger.warn(
          { replica: this.name, err: (err as Error).message },
          'replica unreachable: reads go elsewhere',
        );
      this.up = false;
    } finally {
      this.checking = false;
    }
  }
}

export class ReplicaSet {
  readonly replicas: Replica[];
  /** The primary's WAL position at each check (oldest first), for measuring lag. */
  private samples: { at: number; lsn: bigint }[] = [];
  private sampling = false;
  /** Content changes heard of, and how many of them the fence covers. */
  private changes = 0;
  private fencedChanges = 0;
  /** The primary's position after the last write: a replica must have replayed it. */
  private fence = 0n;
  private eligible: Replica[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly settings: Settings,
    private readonly logger: Logger,
  ) {
    // MikroORM keeps its replica connections to itself (a protected field); these are its pools.
    const connections = (orm.em.getDriver() as unknown as { replicas: ReplicaConnection[] })
      .replicas;
    this.replicas = connections.map(
      (c, i) => new Replica(c.options?.name ?? `replica-${i + 1}`, c.getKnex()),
    );
  }

  /** Checks at once and then every REPLICA_CHECK_MS. */
  async start(): Promise<void> {
    await this.check();
    const loop = () => {
      this.timer = setTimeout(
        () => void this.check().finally(() => this.timer && loop()),
        this.settings.checkEveryMs,
      );
      this.timer.unref();
    };
    loop();
  }

  /** The replica a request should read from, or null for the primary. Round robin. */
  pick(): Replica | null {
    const eligible = this.eligible.filter((r) => r.up);
    if (!eligible.length) return null;
    return eligible[this.next++ % eligible.length];
  }

  /** Whether reads may go to this replica now. */
  isEligible(replica: Replica): boolean {
    return replica.up && this.eligible.includes(replica);
  }

  /** A write committed (here or on another gateway): primary only until replicas have replayed it. */
  contentChanged(): void {
    this.changes++;
    this.eligible = [];
    void this.check();
  }

  /** The primary's position, then every replica's replay, then who may be read from. */
  async check(): Promise<void> {
    await Promise.all([
      this.samplePrimary(),
      ...this.replicas.map((r) => r.check(this.settings.timeoutMs, this.logger)),
    ]);
    this.decide();
  }

  private async samplePrimary(): Promise<void> {
    if (this.sampling) return;
    this.sampling = true;
    const covers = this.changes;
    try {
      const primary = (this.orm.em as unknown as EntityManager).getKnex();
      const { rows } = await withDeadline<{ rows: { lsn: string }[] }>(
        primary.raw(`select (pg_current_wal_lsn() - '0/0')::text as lsn`),
        this.settings.timeoutMs,
      );
      const lsn = BigInt(rows[0].lsn.split('.')[0]);
      const now = Date.now();
      this.samples.push({ at: now, lsn });
      // Older samples than the bound (and a margin) tell nothing more: lag past it is too much.
      const keepFrom = now - 2 * (this.settings.maxLagMs + this.settings.checkEveryMs);
      while (this.samples.length > 1 && this.samples[0].at < keepFrom) this.samples.shift();
      if (covers > this.fencedChanges) {
        this.fence = lsn;
        this.fencedChanges = covers;
      }
    } catch {
      // The primary is away: lag is measured against what was known; the fence stays.
    } finally {
      this.sampling = false;
    }
  }

  private decide() {
    const now = Date.now();
    for (const r of this.replicas) {
      const behind = this.samples.find((s) => s.lsn > r.replayed);
      r.lagMs = r.up ? (behind ? now - behind.at : 0) : Number.POSITIVE_INFINITY;
    }
    const fenced = this.fencedChanges === this.changes;
    this.eligible = this.replicas.filter(
      (r) => r.up && r.lagMs <= this.settings.maxLagMs && fenced && r.replayed >= this.fence,
    );
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

function withDeadline<T>(work: PromiseLike<unknown>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work as Promise<T>,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('replica check timed out'), { code: 'ETIMEDOUT' })),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Which replica each request's EntityManager reads from (none: the primary). */
const readsFrom = new WeakMap<EntityManager, Replica>();

export function readOnReplica(em: EntityManager, replica: Replica): void {
  readsFrom.set(em, replica);
}

export function replicaOf(em: EntityManager): Replica | undefined {
  return readsFrom.get(em);
}

/**
 * Whether a statement that failed on a replica should be run again on the primary: the server
 * was away, or the standby cancelled it for a conflict with recovery (40001).
 */
export function retryOnPrimary(err: unknown): boolean {
  return isDatabaseUnavailable(err) || (err as { code?: string } | null)?.code === '40001';
}

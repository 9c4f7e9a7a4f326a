// Whether the database can be reached, as requests find out. When a request meets a dead or
// frozen database (a connection refused, reset, or no answer within the client-side timeout),
// the gateway stops sending requests there: they fail at once with 503, and a probe asks the
// database every half second until it answers, when service resumes by itself.
import type { EntityManager } from '@mikro-orm/knex';
import { isDatabaseUnavailable } from './unavailable.js';
import type { Logger } from '../platform/logger.js';
import type { Orm } from './orm.js';

/** The server answered, only to say no (a statement timeout, say): it is alive. */
const answeredByServer = (err: unknown) =>
  ['57014', '57P03'].includes(String((err as { code?: unknown })?.code ?? ''));

/** What knex's pool (tarn) tells of itself. */
type PoolCounts = { numUsed(): number; numPendingCreates(): number };

export class DatabaseHealth {
  private down = false;
  private probing: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly probeTimeoutMs: number,
    private readonly probeEveryMs = 500,
  ) {}

  get isDown() {
    return this.down;
  }

  /** Called with any error a request met; trips only on an unreachable or unresponsive database. */
  failed(err: unknown) {
    if (
      this.down ||
      this.closed ||
      !isDatabaseUnavailable(err) ||
      answeredByServer(err) ||
      this.waitedForBusyPool(err)
    )
      return;
    this.down = true;
    this.logger.error({ err }, 'database unreachable: answering 503 until it is back');
    this.scheduleProbe();
  }

  /**
   * A request that waited past the timeout for a pooled connection while every connection was
   * running a statement, and none was being opened: the pool is busy (a burst, a cold cache), and
   * the database is answering. It still gets its 503, but the gateway keeps serving: were the
   * server silent, each of those statements' own timeouts would trip the breaker.
   */
  private waitedForBusyPool(err: unknown): boolean {
    if ((err as { name?: unknown } | null)?.name !== 'KnexTimeoutError') return false;
    const pool = (this.orm.em as EntityManager).getKnex().client.pool as PoolCounts | undefined;
    return !!pool && pool.numUsed() > 0 && pool.numPendingCreates() === 0;
  }

  /** One `select 1`, bounded in time whatever the database does. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(Object.assign(new Error('database check timed out'), { code: 'ETIMEDOUT' })),
            this.probeTimeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private scheduleProbe() {
    if (this.probing || this.closed) return;
    this.probing = setTimeout(async () => {
      try {
        await this.ping();
        this.down = false;
        this.logger.info('database reachable again: serving');
      } catch {
        // Still away; ask again.
      }
      this.probing = null;
      if (this.down) this.scheduleProbe();
    }, this.probeEveryMs);
    this.probing.unref();
  }

  close() {
    this.closed = true;
    if (this.probing) clearTimeout(this.probing);
  }
}

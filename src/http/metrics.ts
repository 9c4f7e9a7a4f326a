// What an operator runs the gateway by, in the Prometheus text format (prom-client): request
// durations per operation, errors per code, response-cache hits, SQL statements per request,
// the database pool and health, the view-ingest queue and batches, rate-limit refusals, and
// Node's own (heap, event-loop lag, GC). One registry per process; with WORKERS > 1 the primary
// aggregates the workers' (prom-client's AggregatorRegistry), so /metrics on any worker answers
// for the whole gateway. Readable from loopback, or from METRICS_ALLOW.
import type { IncomingMessage, ServerResponse } from 'node:http';
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import proxyAddr from 'proxy-addr';
import {
  AggregatorRegistry,
  Counter,
  Gauge,
  Histogram,
  Registry,
  collectDefaultMetrics,
} from 'prom-client';
import type { DatabaseHealth } from '../db/health.js';
import type { Orm } from '../db/orm.js';
import type { ReplicaSet } from '../db/replicas.js';

/** Where an answer's operation name is noted for the request metric (set by Apollo or the cache). */
const OPERATION = Symbol('bantin.operation');
/** Operation names come from clients: at most this many distinct labels, the rest are "other". */
const MAX_OPERATIONS = 200;

type Pool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly requests = new Histogram({
    name: 'bantin_request_duration_seconds',
    help: 'HTTP requests by operation (GraphQL operation name, or the endpoint), status and response-cache outcome.',
    labelNames: ['operation', 'status', 'cache'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'bantin_errors_total',
    help: 'GraphQL errors answered, by code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly cache = new Counter({
    name: 'bantin_response_cache_total',
    help: 'Response-cache lookups, by result (hit, miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly sql = new Histogram({
    name: 'bantin_sql_statements_per_request',
    help: 'SQL statements one executed GraphQL request ran.',
    buckets: [0, 1, 2, 4, 8, 12, 16, 24, 32, 64, 128],
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'bantin_rate_limit_refusals_total',
    help: 'Requests refused for a spent budget (429).',
    registers: [this.registry],
  });
  readonly viewBatches = new Histogram({
    name: 'bantin_view_ingest_batch_size',
    help: 'Views written per view-ingest transaction.',
    buckets: [1, 5, 10, 50, 100, 500, 1000, 2000],
    registers: [this.registry],
  });

  readonly reads = new Counter({
    name: 'bantin_read_requests_total',
    help: 'Executed GraphQL requests by the database they read from (with DATABASE_REPLICA_URLS).',
    labelNames: ['database'] as const,
    registers: [this.registry],
  });

  constructor(deps: {
    orm: Orm;
    dbHealth: DatabaseHealth;
    viewQueue: () => number;
    replicas: ReplicaSet | null;
  }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'bantin_' });
    const pool = () =>
      (deps.orm.em as unknown as { getKnex(): { client: { pool?: Pool } } }).getKnex().client.pool;
    new Gauge({
      name: 'bantin_db_pool_connections',
      help: 'Database pool connections by state (used, free, pending acquires).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'used' }, p.numUsed());
        this.set({ state: 'free' }, p.numFree());
        this.set({ state: 'pending' }, p.numPendingAcquires());
      },
    });
    new Gauge({
      name: 'bantin_db_up',
      help: '1 while the database answers, 0 while it is known to be down.',
      registers: [this.registry],
      collect() {
        this.set(deps.dbHealth.isDown ? 0 : 1);
      },
    });
    new Gauge({
      name: 'bantin_view_ingest_queue',
      help: 'Page views waiting for their transaction.',
      registers: [this.registry],
      collect() {
        this.set(deps.viewQueue());
      },
    });
    if (deps.replicas) this.replicaMetrics(deps.replicas);
    // A worker's numbers go to the primary's aggregation.
    // (Constructing an AggregatorRegistry is what makes prom-client answer the primary's requests.)
    if (cluster.isWorker) {
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this.registry]);
    }
  }

  private replicaMetrics(set: ReplicaSet) {
    new Gauge({
      name: 'bantin_db_replica_up',
      help: '1 while a replica is read from (answers, lags within REPLICA_MAX_LAG_MS), else 0.',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const r of set.replicas) this.set({ replica: r.name }, set.isEligible(r) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'bantin_db_replica_lag_seconds',
      help: 'How far a replica is behind the primary (-1: not answering).',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const r of set.replicas)
          this.set({ replica: r.name }, Number.isFinite(r.lagMs) ? r.lagMs / 1000 : -1);
      },
    });
    const counted = new Map<string, number>();
    new Counter({
      name: 'bantin_db_replica_fallbacks_total',
      help: 'Statements a replica failed that the primary then answered.',
      labelNames: ['replica'] as const,
      registers: [this.registry],
      collect() {
        for (const r of set.replicas) {
          this.inc({ replica: r.name }, r.fallbacks - (counted.get(r.name) ?? 0));
          counted.set(r.name, r.fallbacks);
        }
      },
    });
  }

  private label(res: ServerResponse, path: string): string {
    const given = (res as ServerResponse & { [OPERATION]?: string })[OPERATION];
    if (given === undefined)
      return path === '/graphql'
        ? 'unparsed'
        : path.startsWith('/feeds/')
          ? '/feeds'
          : path.startsWith('/ninjs/')
            ? '/ninjs'
            : path;
    if (!/^[A-Za-z_]\w{0,63}$/.test(given)) return 'anonymous';
    if (this.operations.has(given) || this.operations.size < MAX_OPERATIONS) {
      this.operations.add(given);
      return given;
    }
    return 'other';
  }

  /** Wraps the request listener: every answer is timed and counted when it is sent. */
  listener(next: (req: IncomingMessage, res: ServerResponse) => void) {
    return (req: IncomingMessage, res: ServerResponse) => {
      const started = process.hrtime.bigint();
      // Read now: Express rewrites req.url inside mounted routers.
      const path = (req.url ?? '').split('?', 1)[0];
      res.once('finish', () => {
        const known =
          ['/graphql', '/views', '/healthz', '/readyz', '/metrics', '/sitemap-news.xml'].includes(
            path,
          ) || /^\/(feeds|ninjs)\//.test(path);
        const cache = res.getHeader('x-cache');
        if (cache === 'HIT') this.cache.inc({ result: 'hit' });
        if (cache === 'MISS') this.cache.inc({ result: 'miss' });
        if (res.statusCode === 429) this.refusals.inc();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.requests.observe(
          {
            operation: known ? this.label(res, path) : 'not-found',
            status: String(res.statusCode),
            cache: typeof cache === 'string' ? cache : 'NONE',
          },
          seconds,
        );
      });
      next(req, res);
    };
  }
}

/** Notes the GraphQL operation a response answers (its label in the request metric). */
export function nameOperation(res: ServerResponse, name: string | null | undefined) {
  (res as ServerResponse & { [OPERATION]?: string })[OPERATION] = name ?? 'anonymous';
}

/** A request's operation name: as given, or the first operation's name in its document. */
export function operationNameOf(
  params: { operationName?: unknown; query?: unknown } | undefined,
): string | null {
  if (typeof params?.operationName === 'string') return params.operationName;
  const m =
    typeof params?.query === 'string'
      ? /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(params.query)
      : null;
  return m ? m[1] : null;
}

/** The primary's side: aggregates every worker's registry on request. */
export function serveClusterMetrics() {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== 'bantin:metrics') return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: 'bantin:metrics-reply', id: message.id, text }),
      (err: Error) =>
        worker.send({ type: 'bantin:metrics-reply', id: message.id, error: err.message }),
    );
  });
}

/** In a worker: the whole gateway's metrics, from the primary. */
function clusterText(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = randomUUID();
    const onMessage = (message: { type?: string; id?: string; text?: string; error?: string }) => {
      if (message?.type !== 'bantin:metrics-reply' || message.id !== id) return;
      process.off('message', onMessage);
      clearTimeout(timer);
      if (message.error) reject(new Error(message.error));
      else resolve(message.text ?? '');
    };
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the primary did not answer'));
    }, 5_000);
    process.on('message', onMessage);
    process.send!({ type: 'bantin:metrics', id });
  });
}

/** GET /metrics, for the addresses METRICS_ALLOW names (loopback by default); 403 for others. */
export function metricsRoute(metrics: Metrics, allow: string[]): RequestHandler {
  const trusted = proxyAddr.compile(allow);
  return async (req, res) => {
    // The peer's own address: a forwarded header must not open the door.
    const peer = req.socket.remoteAddress ?? '';
    if (!trusted(peer, 0)) {
      res.status(403).json({
        errors: [
          {
            message: 'Metrics are readable only from the addresses METRICS_ALLOW names.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
      return;
    }
    try {
      const text = cluster.isWorker ? await clusterText() : await metrics.registry.metrics();
      res.set('cache-control', 'no-store').type(metrics.registry.contentType).send(text);
    } catch {
      res.status(503).json({
        errors: [
          {
            message: 'Metrics are unavailable right now.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    }
  };
}

// The only reader of process.env. Every setting is validated here, and a bad environment
// fails at start with every problem listed, not at the first request that needs it.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { CallerClass } from './modules/access/caller.js';

export type DatabaseConfig =
  { driver: 'sqlite'; path: string } | { driver: 'postgresql'; url: string };

const intFrom = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const boolFrom = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intFrom(0, 65535, 4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v),
      'must be sqlite:<path> or postgres://user@host:port/db',
    ),
  DB_POOL_MAX: intFrom(1, 200, 10),
  DB_CONNECT_TIMEOUT_MS: intFrom(100, 60_000, 1_000),
  DB_STATEMENT_TIMEOUT_MS: intFrom(100, 3_600_000, 1_500),
  READ_DEADLINE_MS: intFrom(100, 600_000, 1_800),
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .refine(
      (v) => v.split(',').every((u) => u.trim() === '' || /^postgres(ql)?:\/\/.+/.test(u.trim())),
      'a comma-separated list of postgres://user@host:port/db',
    ),
  REPLICA_MAX_LAG_MS: intFrom(0, 3_600_000, 5_000),
  REPLICA_CHECK_MS: intFrom(50, 60_000, 500),
  SEED_ON_EMPTY: boolFrom(true),
  METRICS_ALLOW: z.string().default('loopback'),
  WORKERS: z
    .string()
    .regex(/^(auto|[1-9]\d?)$/, 'a number of processes (1..99) or auto (one per core)')
    .default('1'),
  PORTAL_BASE_URL: z.url().default('http://localhost:3000'),
  PORTAL_NAME: z.string().min(1).max(200).default('Bantin'),
  BODY_LIMIT_BYTES: intFrom(1_024, 10_000_000, 100_000),
  EDITOR_BODY_LIMIT_BYTES: intFrom(1_024, 50_000_000, 2_000_000),
  EDITOR_WRITES_PER_MINUTE: intFrom(0, 1_000_000, 600),
  IDEMPOTENCY_TTL_HOURS: intFrom(24, 24 * 365, 48),
  SHUTDOWN_GRACE_MS: intFrom(0, 120_000, 10_000),
  REQUEST_TIMEOUT_MS: intFrom(1_000, 600_000, 30_000),
  HEADERS_TIMEOUT_MS: intFrom(1_000, 600_000, 10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SQL_COUNT_HEADER: boolFrom(false),
  VIEWS_BATCH_WINDOW_MS: intFrom(0, 1_000, 10),
  VIEWS_BATCH_MAX: intFrom(1, 100_000, 2_000),
  VIEWS_REPEAT_WINDOW_MINUTES: intFrom(0, 24 * 60, 30),
  MOST_READ_CACHE_MS: intFrom(0, 3_600_000, 10_000),
  RELATED_CACHE_MS: intFrom(0, 3_600_000, 30_000),
  SECTIONS_CACHE_MS: intFrom(0, 3_600_000, 60_000),
  CACHE_MAX_AGE_SECONDS: intFrom(0, 86_400, 30),
  RESPONSE_CACHE: boolFrom(true),
  RESPONSE_CACHE_MAX_BYTES: intFrom(0, 4_000_000_000, 32_000_000),
  DOCUMENT_CACHE_MAX_BYTES: intFrom(10_000, 1_000_000_000, 4_000_000),
  PERSISTED_QUERIES_MAX_BYTES: intFrom(10_000, 1_000_000_000, 8_000_000),
  EXPLORER: boolFrom(true),
  EXPLORER_DIR: z.string().min(1).optional(),
  QUERY_MAX_TOKENS: intFrom(100, 100_000, 3_000),
  QUERY_MAX_DEPTH: intFrom(2, 100, 12),
  QUERY_MAX_ALIASES: intFrom(0, 1_000, 30),
  QUERY_MAX_INPUT_DEPTH: intFrom(4, 64, 12),
  COST_LIMIT_ANONYMOUS: intFrom(1, 1_000_000, 1_000),
  COST_LIMIT_PARTNER: intFrom(1, 1_000_000, 10_000),
  COST_LIMIT_EDITOR: intFrom(1, 1_000_000, 10_000),
  RATE_LIMIT_ANONYMOUS: intFrom(0, 100_000_000, 20_000),
  RATE_LIMIT_PARTNER: intFrom(0, 100_000_000, 200_000),
  RATE_LIMIT_EDITOR: intFrom(0, 100_000_000, 200_000),
  REDIS_URL: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || /^rediss?:\/\/.+/.test(v),
      'must be redis://host:port[/db]',
    ),
  SHARED_STALE_BOUND_MS: intFrom(100, 60_000, 2_000),
  KEY_CACHE_MS: intFrom(0, 600_000, 10_000),
  AUTH_FAILURES_PER_MINUTE: intFrom(0, 100_000, 30),
  RATE_LIMIT_NAMESPACE: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'letters, digits, _ . - only')
    .default('bantin'),
  INTROSPECTION: boolFrom(true),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
  TRUSTED_DOCUMENTS_ONLY: boolFrom(false),
  CORS_ORIGINS: z.string().default('*'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
      'a number of proxy hops, or addresses/CIDRs (loopback, 10.0.0.0/8, ...)',
    )
    .default(''),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  db: { poolMax: number; connectTimeoutMs: number; statementTimeoutMs: number };
  /** A read (query) not answered by then is answered 503 (http/read-deadline.ts). */
  readDeadlineMs: number;
  /**
   * PostgreSQL streaming replicas for public reads (db/replicas.ts): those that answer, lag at
   * most `maxLagMs` and have replayed the last write; checked every `checkEveryMs`.
   */
  replicas: { urls: string[]; maxLagMs: number; checkEveryMs: number };
  seedOnEmpty: boolean;
  /** Who may read /metrics: addresses, CIDRs or proxy-addr names (loopback, linklocal, uniquelocal). */
  metricsAllow: string[];
  /** Gateway processes sharing the port (WORKERS; auto: one per core). */
  workers: number;
  portalBaseUrl: string;
  /** The publication's name, as feeds and the news sitemap give it. */
  portalName: string;
  bodyLimitBytes: number;
  /** Editorial writes: a bigger body limit (article bodies), their own budget, and how long retries are recognised. */
  editorial: { bodyLimitBytes: number; writesPerMinute: number; idempotencyTtlHours: number };
  shutdownGraceMs: number;
  logLevel: string;
  /** Adds `X-SQL-Statements` to responses: the statements a request ran (tests, benchmarks). */
  sqlCountHeader: boolean;
  views: {
    /** Group commit: how long a view waits for others to share its transaction. */
    batchWindowMs: number;
    batchMax: number;
    /** A visitor's repeat view of an article within this window counts once. */
    repeatWindowMinutes: number;
  };
  /** How long a most-read list may be served from memory. */
  mostReadCacheMs: number;
  /** How long the newest articles of a tag, person, ... are reused for related news. */
  relatedCacheMs: number;
  /** How often the sections held in memory are read again (0: not held; read per request). */
  sectionsCacheMs: number;
  /** `Cache-Control: public, max-age` for public content; fresher fields (view counts) say less. */
  cacheMaxAgeSeconds: number;
  /**
   * Whole public answers kept in the gateway for their max-age: in memory (at most `maxBytes`),
   * and shared through Redis when REDIS_URL is set.
   */
  responseCache: { enabled: boolean; maxBytes: number };
  /** The GraphiQL explorer at GET /graphql, from the files `npm run build` wrote to `dir`. */
  explorer: { enabled: boolean; dir: string | undefined };
  /** What one query may ask for: checked before it touches the database. */
  queryLimits: {
    maxTokens: number;
    maxDepth: number;
    maxAliases: number;
    /** How deep `variables` and `extensions` may nest. */ maxInputDepth: number;
  };
  /** Most cost points one query may request, per caller class. */
  costLimit: Record<CallerClass, number>;
  /** Cost points per minute per caller (leaky bucket: this much burst, refilled evenly); 0: no limit. */
  ratePerMinute: Record<CallerClass, number>;
  /** Shared rate-limit buckets across gateway processes; per-process buckets without it. */
  redisUrl: string | undefined;
  /**
   * With REDIS_URL (several gateways): while this gateway cannot hear the others' changes (Redis
   * away), the longest it serves content from its own memory.
   */
  sharedStaleBoundMs: number;
  /** Prefix of the buckets' Redis keys: gateways sharing one must share this too. */
  rateLimitNamespace: string;
  introspection: boolean;
  /** Registered operations (a manifest file), and whether anonymous callers may run only those. */
  trustedDocuments: { file: string | undefined; onlyForAnonymous: boolean };
  /** Origins allowed to call from browsers: `*`, or a comma-separated list. */
  corsOrigins: '*' | string[];
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (budgets, view counting):
   * none (false), a hop count, or their addresses. Believing anyone would let a client pick its own.
   */
  trustProxy: false | number | string[];
  /**
   * Slow clients: a request whose headers, or whole body, take longer than these is dropped
   * (Node's server.headersTimeout and server.requestTimeout).
   */
  http: { requestTimeoutMs: number; headersTimeoutMs: number };
  /**
   * API keys: how long a key row (or the absence of one) is remembered per prefix, and how many
   * failed key checks one client address may make per minute before it is refused (0: no limit).
   */
  keys: { cacheMs: number; failuresPerMinute: number };
  /** Parsed documents and automatic persisted queries kept in memory (approximate bytes). */
  memory: { documentStoreBytes: number; persistedQueriesBytes: number };
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { driver: 'sqlite', path: resolve('data/bantin.sqlite') };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { driver: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  return { driver: 'postgresql', url };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  // A budget smaller than the largest allowed query would refuse that query forever.
  const budgetProblems = (['ANONYMOUS', 'PARTNER', 'EDITOR'] as const)
    .filter((c) => e[`RATE_LIMIT_${c}`] > 0 && e[`RATE_LIMIT_${c}`] < e[`COST_LIMIT_${c}`])
    .map(
      (c) =>
        `RATE_LIMIT_${c}: must be 0 (no limit) or at least COST_LIMIT_${c} (${e[`COST_LIMIT_${c}`]})`,
    );
  if (e.TRUSTED_DOCUMENTS_ONLY && !e.TRUSTED_DOCUMENTS_FILE)
    budgetProblems.push('TRUSTED_DOCUMENTS_ONLY: needs TRUSTED_DOCUMENTS_FILE');
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS)
    budgetProblems.push(
      `HEADERS_TIMEOUT_MS: must be at most REQUEST_TIMEOUT_MS (${e.REQUEST_TIMEOUT_MS})`,
    );
  const onPostgres = /^postgres/.test(e.DATABASE_URL ?? '');
  // SQLite takes one writer at a time: processes sharing its file refuse each other's writes.
  if (e.WORKERS !== '1' && !onPostgres) {
    budgetProblems.push(
      'WORKERS: more than one process needs PostgreSQL (DATABASE_URL=postgres://…); the embedded SQLite runs with WORKERS=1',
    );
  }
  const replicaUrls = e.DATABASE_REPLICA_URLS.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (replicaUrls.length && !onPostgres) {
    budgetProblems.push(
      'DATABASE_REPLICA_URLS: replicas are PostgreSQL standbys of a PostgreSQL DATABASE_URL',
    );
  }
  if (budgetProblems.length) throw new ConfigError(budgetProblems);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    db: {
      poolMax: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    },
    replicas: {
      urls: replicaUrls,
      maxLagMs: e.REPLICA_MAX_LAG_MS,
      checkEveryMs: e.REPLICA_CHECK_MS,
    },
    seedOnEmpty: e.SEED_ON_EMPTY,
    metricsAllow: e.METRICS_ALLOW.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    workers: e.WORKERS === 'auto' ? availableParallelism() : Number(e.WORKERS),
    portalBaseUrl: e.PORTAL_BASE_URL.replace(/\/+$/, ''),
    portalName: e.PORTAL_NAME,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    editorial: {
      bodyLimitBytes: e.EDITOR_BODY_LIMIT_BYTES,
      writesPerMinute: e.EDITOR_WRITES_PER_MINUTE,
      idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    sqlCountHeader: e.SQL_COUNT_HEADER,
    views: {
      batchWindowMs: e.VIEWS_BATCH_WINDOW_MS,
      batchMax: e.VIEWS_BATCH_MAX,
      repeatWindowMinutes: e.VIEWS_REPEAT_WINDOW_MINUTES,
    },
    mostReadCacheMs: e.MOST_READ_CACHE_MS,
    relatedCacheMs: e.RELATED_CACHE_MS,
    sectionsCacheMs: e.SECTIONS_CACHE_MS,
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE_SECONDS,
    responseCache: { enabled: e.RESPONSE_CACHE, maxBytes: e.RESPONSE_CACHE_MAX_BYTES },
    explorer: { enabled: e.EXPLORER, dir: e.EXPLORER_DIR ? resolve(e.EXPLORER_DIR) : undefined },
    queryLimits: {
      maxTokens: e.QUERY_MAX_TOKENS,
      maxDepth: e.QUERY_MAX_DEPTH,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxInputDepth: e.QUERY_MAX_INPUT_DEPTH,
    },
    costLimit: {
      anonymous: e.COST_LIMIT_ANONYMOUS,
      partner: e.COST_LIMIT_PARTNER,
      editor: e.COST_LIMIT_EDITOR,
    },
    ratePerMinute: {
      anonymous: e.RATE_LIMIT_ANONYMOUS,
      partner: e.RATE_LIMIT_PARTNER,
      editor: e.RATE_LIMIT_EDITOR,
    },
    redisUrl: e.REDIS_URL || undefined,
    sharedStaleBoundMs: e.SHARED_STALE_BOUND_MS,
    readDeadlineMs: e.READ_DEADLINE_MS,
    rateLimitNamespace: e.RATE_LIMIT_NAMESPACE,
    introspection: e.INTROSPECTION,
    trustedDocuments: {
      file: e.TRUSTED_DOCUMENTS_FILE ? resolve(e.TRUSTED_DOCUMENTS_FILE) : undefined,
      onlyForAnonymous: e.TRUSTED_DOCUMENTS_ONLY,
    },
    corsOrigins:
      e.CORS_ORIGINS.trim() === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    trustProxy:
      e.TRUST_PROXY === ''
        ? false
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY.split(',').map((a) => a.trim()),
    http: { requestTimeoutMs: e.REQUEST_TIMEOUT_MS, headersTimeoutMs: e.HEADERS_TIMEOUT_MS },
    keys: { cacheMs: e.KEY_CACHE_MS, failuresPerMinute: e.AUTH_FAILURES_PER_MINUTE },
    memory: {
      documentStoreBytes: e.DOCUMENT_CACHE_MAX_BYTES,
      persistedQueriesBytes: e.PERSISTED_QUERIES_MAX_BYTES,
    },
  };
}

/** The environment the test helpers use: PostgreSQL for tests, when set or reachable. */
export const testEnv = {
  databaseUrl: process.env.TEST_DATABASE_URL,
  requirePostgres: process.env.REQUIRE_POSTGRES === '1',
  /** Headless Chromium for the explorer test (Debian's `chromium` package). */
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** Set by CI: no Chromium fails the run instead of skipping the browser test. */
  requireBrowser: process.env.REQUIRE_BROWSER === '1',
  /** Set by CI: tests that start their own Redis or PostgreSQL fail, not skip, without them. */
  requireServices: process.env.REQUIRE_SERVICES === '1',
};

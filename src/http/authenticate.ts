// Resolves the caller once per request, before GraphQL: anonymous (no key), or the key sent as
// `Authorization: Bearer <key>` or `X-API-Key: <key>`. A key that is sent but not usable is a
// 401 with a stable message, never a silent downgrade to anonymous.
import type { EntityManager } from '@mikro-orm/knex';
import type { Request, RequestHandler, Response } from 'express';
import type { DatabaseHealth } from '../db/health.js';
import type { Orm } from '../db/orm.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { checkKey, type KeyCheck, type KeyDirectory } from '../modules/access/api-keys.js';
import type { Blocklist, RateLimiter } from '../modules/access/rate-limiter.js';
import { ApiKey } from '../modules/access/api-key.entity.js';
import type { Caller } from '../modules/access/caller.js';
import type { Logger } from '../platform/logger.js';

/**
 * Query-string names people use for keys, in any letter case and with or without `-`/`_`
 * (`api_key`, `API-KEY`, `apiKey`, `Token`, `access_token`): a key there leaks into logs, caches
 * and history, so it is refused whatever its spelling, and masked in the request log.
 */
const keyLikeNames = new Set([
  'apikey',
  'key',
  'accesstoken',
  'token',
  'authorization',
  'auth',
  'bearer',
  'xapikey',
  'secret',
]);
export const isKeyParam = (name: string) =>
  keyLikeNames.has(name.toLowerCase().replace(/[^a-z]/g, ''));

/** The key-like parameter names a URL's query string holds. */
export const keyParamsIn = (search: URLSearchParams) => [
  ...new Set([...search.keys()].filter(isKeyParam)),
];

/** A request's URL and parsed query as they may be logged: the values of key parameters masked (copies). */
export function forLogs(req: { url?: string; query?: Record<string, unknown> }): {
  url?: string;
  query?: Record<string, unknown>;
} {
  const q = req.url?.indexOf('?') ?? -1;
  const search = new URLSearchParams(q < 0 ? '' : req.url!.slice(q + 1));
  const inQuery = req.query ? Object.keys(req.query).filter(isKeyParam) : [];
  const present = keyParamsIn(search);
  if (present.length === 0 && inQuery.length === 0) return { url: req.url, query: req.query };
  for (const p of present) search.set(p, '[redacted]');
  const query = req.query && {
    ...req.query,
    ...Object.fromEntries(inQuery.map((p) => [p, '[redacted]'])),
  };
  return { url: q < 0 ? req.url : `${req.url!.slice(0, q)}?${search}`, query };
}

const messages: Record<
  Exclude<KeyCheck, { ok: true }>['reason'] | 'url' | 'scheme' | 'twice',
  string
> = {
  malformed:
    'The API key is malformed. Send it exactly as issued: `Authorization: Bearer bantin_…`.',
  unknown: 'The API key is not recognised.',
  revoked: 'The API key has been revoked. Ask for a new one.',
  expired: 'The API key has expired. Ask for a new one.',
  url: 'API keys are not accepted in the URL, where logs and caches keep them. Send `Authorization: Bearer <key>`; consider this key exposed.',
  scheme: 'Send the API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.',
  twice: 'Two different API keys were sent (Authorization and X-API-Key). Send one.',
};

/** The key a request presents, or why it cannot be read. */
function presentedKey(req: Request): { key?: string; problem?: keyof typeof messages } {
  if (Object.keys(req.query).some(isKeyParam)) return { problem: 'url' };
  const authorization = req.headers.authorization;
  const headerKey = req.headers['x-api-key'];
  let bearer: string | undefined;
  if (authorization !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m) return { problem: 'scheme' };
    bearer = m[1];
  }
  const apiKey = typeof headerKey === 'string' ? headerKey.trim() : undefined;
  if (bearer && apiKey && bearer !== apiKey) return { problem: 'twice' };
  return { key: bearer ?? apiKey };
}

function unauthenticated(res: Response, message: string, requestId: string) {
  res
    .status(401)
    .set('www-authenticate', 'Bearer realm="bantin"')
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId } }] });
}

/** last_used_at is a hint, not an audit log: written at most once a minute per key and process. */
function lastUsedWriter(orm: Orm, logger: Logger) {
  const written = new Map<number, number>();
  return (keyId: number) => {
    const now = Date.now();
    if (now - (written.get(keyId) ?? 0) < 60_000) return;
    written.set(keyId, now);
    const em = orm.em.fork() as EntityManager;
    em.nativeUpdate(ApiKey, { id: keyId }, { lastUsedAt: new Date(now) }).catch((err) =>
      logger.warn({ err, keyId }, 'could not record when an API key was last used'),
    );
  };
}

type Deps = {
  orm: Orm;
  logger: Logger;
  requestIdOf: (req: Request) => string;
  dbHealth: DatabaseHealth;
  keys: KeyDirectory;
  /** Failed key checks per client address: AUTH_FAILURES_PER_MINUTE, shared through Redis when set. */
  failures: { limiter: RateLimiter; blocklist: Blocklist; perMinute: number };
};

/**
 * Guessing keys is budgeted per client address: once an address has failed AUTH_FAILURES_PER_MINUTE
 * times in a minute, its requests with a key are refused (429, Retry-After) before any lookup.
 */
function failureBudget({ limiter, blocklist, perMinute }: Deps['failures']) {
  const bucket = { capacity: perMinute, perSecond: perMinute / 60 };
  const keyOf = (ip: string) => `authfail:${ip}`;
  return {
    blockedFor: (ip: string) => (perMinute > 0 ? blocklist.blockedFor(keyOf(ip)) : 0),
    async failed(ip: string) {
      if (perMinute <= 0) return;
      const take = await limiter.take(keyOf(ip), 1, bucket);
      if (!take.allowed) blocklist.block(keyOf(ip), take.retryAfterSeconds);
    },
  };
}

export function authenticate(deps: Deps): RequestHandler {
  const { orm, logger, requestIdOf, dbHealth } = deps;
  const touch = lastUsedWriter(orm, logger);
  const failures = failureBudget(deps.failures);
  return async (req, res, next) => {
    const requestId = requestIdOf(req);
    const { key, problem } = presentedKey(req);
    if (!key && !problem) {
      res.locals.caller = { kind: 'anonymous' } satisfies Caller;
      return next();
    }
    const ip = req.ip ?? req.socket.remoteAddress ?? '';
    const blocked = failures.blockedFor(ip);
    if (blocked > 0) {
      res.status(429).set('retry-after', String(blocked)).set('cache-control', 'no-store');
      res.json({
        errors: [
          {
            message: `Too many failed API key checks from this address. Retry in ${blocked} s, with the key as issued.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: blocked, requestId },
          },
        ],
      });
      return;
    }
    if (problem) {
      if (problem === 'url') logger.warn({ requestId }, 'API key sent in the URL: refused');
      await failures.failed(ip);
      return unauthenticated(res, messages[problem], requestId);
    }
    let check: KeyCheck;
    try {
      check = await checkKey(orm.em.fork() as EntityManager, key!, new Date(), deps.keys);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) return next(err);
      dbHealth.failed(err);
      logger.warn({ err, requestId }, 'API key check failed: database unavailable');
      res
        .status(503)
        .set('retry-after', '5')
        .json({
          errors: [
            {
              message: 'The content database is unavailable. Try again in a few seconds.',
              extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
            },
          ],
        });
      return;
    }
    if (!check.ok) {
      logger.info({ requestId, keyPrefix: check.prefix, reason: check.reason }, 'API key refused');
      await failures.failed(ip);
      return unauthenticated(res, messages[check.reason], requestId);
    }
    touch(check.key.id);
    res.locals.caller = {
      kind: 'key',
      keyId: check.key.id,
      prefix: check.key.prefix,
      name: check.key.name,
      scopes: check.scopes,
      expiresAt: check.key.expiresAt ?? null,
      costLimit: check.key.costLimit ?? null,
      perMinute: check.key.perMinute ?? null,
    } satisfies Caller;
    next();
  };
}

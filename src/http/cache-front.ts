// The response cache's front door, ahead of Express: an anonymous GraphQL request whose answer
// is cached is answered here, on the bare Node request, so a hit costs about what a bare Node
// server answering the same bytes costs (Express's router, logging and body parser were most of
// a hit's CPU). Everything else, misses included, goes on to Express unchanged; a POST body read
// here is handed on already parsed (body-parser skips a request that has been read).
//
// It answers only what it can answer exactly as the full path would: no key presented, the
// database not known to be down, the caller not blocked, a JSON body of declared length within
// the limit. Hits are not written to the request log (as a CDN edge's are not); `X-Request-Id`
// is still set.
import { nameOperation, operationNameOf } from './metrics.js';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config.js';
import type { DatabaseHealth } from '../db/health.js';
import { chargeQuery } from '../graphql/limits-plugin.js';
import type { Caller } from '../modules/access/caller.js';
import { bucketKeyOf, type Blocklist, type RateLimiter } from '../modules/access/rate-limiter.js';
import { keyParams } from './authenticate.js';
import { requestIdFrom } from './guards.js';
import { cacheKey, paramsOfQueryString, serveHit, type GraphQLParams, type ResponseCache } from './response-cache.js';

const anonymous: Caller = { kind: 'anonymous' };
const jsonBody = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/** What the front door read of a body it could not parse: Express answers it (see server.ts). */
export type PreReadRequest = IncomingMessage & { body?: unknown; preReadError?: { type: string; status: number } };

type Deps = {
  cache: ResponseCache;
  config: Config;
  limiter: RateLimiter;
  blocklist: Blocklist;
  dbHealth: DatabaseHealth;
  /** CORS headers, as the Express route sets them (the same `cors` handler). */
  cors: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** Express's compiled TRUST_PROXY rule: whose X-Forwarded-For gives the client address. */
  trustProxy: (address: string, hop: number) => boolean;
};

export function withCacheFront(app: RequestListener, deps: Deps): RequestListener {
  return (req, res) => {
    const [path, queryString = ''] = (req.url ?? '').split('?', 2);
    if (path !== '/graphql' || !mayBeAnswered(req, deps)) return app(req, res);
    if (req.method === 'GET') {
      if (/text\/html/.test(String(req.headers.accept ?? '')) || !safeQueryString(queryString)) return app(req, res);
      const params = paramsOfQueryString(queryString);
      if (!params) return app(req, res);
      void answer(req, res, params, deps).then((served) => served || app(req, res), () => app(req, res));
      return;
    }
    const length = Number(req.headers['content-length']);
    if (req.method !== 'POST' || !jsonBody.test(String(req.headers['content-type'] ?? '')) || !(length > 0 && length <= deps.config.bodyLimitBytes)) {
      return app(req, res);
    }
    readBody(req as PreReadRequest, length).then(
      (params) => {
        if (!params) return app(req, res);
        void answer(req, res, params, deps).then((served) => served || app(req, res), () => app(req, res));
      },
      () => app(req, res),
    );
  };
}

/** No key (anonymous), the database up, the caller not blocked. */
function mayBeAnswered(req: IncomingMessage, deps: Deps): boolean {
  if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined) return false;
  if (deps.dbHealth.isDown) return false;
  return deps.blocklist.blockedFor(bucketKeyOf(anonymous, clientIp(req, deps))) === 0;
}

const clientIp = (req: IncomingMessage, deps: Deps) => proxyAddr(req, deps.trustProxy);

/** No key in the URL (refused by the key check), valid percent-encoding (refused by the guards). */
function safeQueryString(queryString: string): boolean {
  try {
    decodeURIComponent(queryString.replace(/\+/g, ' '));
  } catch {
    return false;
  }
  const search = new URLSearchParams(queryString);
  return !keyParams.some((p) => search.has(p));
}

/** Reads a JSON body of the declared length; what cannot be used here is marked for Express. */
function readBody(req: PreReadRequest, length: number): Promise<GraphQLParams | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const body = Buffer.concat(chunks, size);
      if (size !== length || !isUtf8(body)) {
        req.preReadError = size > length ? { type: 'entity.too.large', status: 413 } : { type: 'encoding.invalid', status: 400 };
        return resolve(undefined);
      }
      try {
        req.body = JSON.parse(body.toString('utf8'));
      } catch {
        req.preReadError = { type: 'entity.parse.failed', status: 400 };
        return resolve(undefined);
      }
      const params = req.body;
      resolve(params && typeof params === 'object' && !Array.isArray(params) ? (params as GraphQLParams) : undefined);
    });
  });
}

/** Serves the request from the cache if its answer is there; false when it is not. */
async function answer(req: IncomingMessage, res: ServerResponse, params: GraphQLParams, deps: Deps): Promise<boolean> {
  const key = cacheKey(params, req.headers.accept);
  const cached = key && (await deps.cache.get(key));
  if (!cached) return false;
  const requestId = requestIdFrom(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  nameOperation(res, operationNameOf(params));
  deps.cors(req, res, () => undefined);
  const charge = await chargeQuery(deps.config, deps.limiter, deps.blocklist, anonymous, clientIp(req, deps), cached.cost);
  serveHit(req, res, cached, charge, { sqlCountHeader: deps.config.sqlCountHeader, requestId });
  return true;
}

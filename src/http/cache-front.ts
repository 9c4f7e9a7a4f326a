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
import { varyOf } from '../graphql/cache-control.js';
import { chargeQuery } from '../graphql/limits-plugin.js';
import type { Caller } from '../modules/access/caller.js';
import { LRUCache } from 'lru-cache';
import { bucketKeyOf, type Blocklist, type RateLimiter } from '../modules/access/rate-limiter.js';
import { keyParamsIn } from './authenticate.js';
import { requestIdFrom } from './guards.js';
import type { RequestFailure } from './last-resort.js';
import { paramsOfQueryString, paramsProblem, type GraphQLParams } from './request-params.js';
import { cacheKey, serveHit, type ResponseCache } from './response-cache.js';

const anonymous: Caller = { kind: 'anonymous' };
const jsonBody = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/** What the front door read of a body it could not parse: Express answers it (see server.ts). */
export type PreReadRequest = IncomingMessage & {
  body?: unknown;
  preReadError?: { type: string; status: number };
};

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
  /** Answers a request whose handling threw (last-resort.ts). */
  fail: RequestFailure;
};

export function withCacheFront(app: RequestListener, deps: Deps): RequestListener {
  const corsHeadersFor = corsHeadersByOrigin(deps.cors);
  /** Serves a hit; anything else goes on to Express (`beforeExpress` first, when given). */
  const serve = (
    req: IncomingMessage,
    res: ServerResponse,
    lookup: Lookup,
    beforeExpress?: () => void,
  ) => {
    const onToExpress = () => {
      beforeExpress?.();
      app(req, res);
    };
    answer(req, res, lookup, deps, corsHeadersFor)
      .then((served) => served || onToExpress(), onToExpress)
      .catch((err) => deps.fail(req, res, err));
  };
  return (req, res) => {
    const [path, queryString = ''] = (req.url ?? '').split('?', 2);
    if (path !== '/graphql' || !mayBeAnswered(req, deps)) return app(req, res);
    const accept = req.headers.accept;
    if (req.method === 'GET') {
      if (/text\/html/.test(String(accept ?? ''))) return app(req, res);
      const lookup = lookupOf(`GET ${accept ?? ''}\n${queryString}`, accept, deps, () =>
        safeQueryString(queryString) ? paramsOfQueryString(queryString) : undefined,
      );
      return lookup ? serve(req, res, lookup) : app(req, res);
    }
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      !jsonBody.test(String(req.headers['content-type'] ?? '')) ||
      !(length > 0 && length <= deps.config.bodyLimitBytes)
    ) {
      return app(req, res);
    }
    readBody(req as PreReadRequest, length)
      .then(
        (text) => {
          if (text === undefined) return app(req, res);
          const parse = () => parseBody(req as PreReadRequest, text);
          const lookup = lookupOf(`POST ${accept ?? ''}\n${text}`, accept, deps, parse);
          if (!lookup) return app(req, res);
          // A body known from an earlier request was not parsed: Express needs it parsed.
          serve(req, res, lookup, () => (req as PreReadRequest).body === undefined && parse());
        },
        () => app(req, res),
      )
      .catch((err) => deps.fail(req, res, err));
  };
}

/** A request as the cache knows it: its key, and its operation's name (for the metrics). */
type Lookup = { key: string; operation: string | null };

/**
 * Lookups by request (method, Accept header, and query string or body): a frontend sends the same
 * few hundred requests again and again, and parsing each one to work out its key was a tenth of a
 * hit's own CPU. Bounded by bytes, so a flood of different requests cannot grow it.
 */
const lookups = new LRUCache<string, Lookup>({
  maxSize: 8 * 1024 * 1024,
  sizeCalculation: (lookup, request) => (request.length + lookup.key.length) * 2 + 160,
});

function lookupOf(
  request: string,
  accept: string | undefined,
  deps: Deps,
  paramsOf: () => GraphQLParams | undefined,
): Lookup | undefined {
  let lookup = lookups.get(request);
  if (lookup === undefined) {
    const params = paramsOf();
    // Parameters of a shape Express refuses are left to it (request-params.ts), unwalked.
    if (!params || paramsProblem(params, deps.config.queryLimits.maxInputDepth)) return undefined;
    const key = cacheKey(params, accept);
    if (!key) return undefined;
    lookups.set(request, (lookup = { key, operation: operationNameOf(params) }));
  }
  return lookup;
}

/**
 * The CORS headers of a GET or POST from an origin, as the `cors` handler sets them (they depend
 * on the Origin header alone), worked out once per origin: running the handler for every hit
 * cost more than the lookup. Bounded: origins are the caller's to choose.
 */
function corsHeadersByOrigin(cors: Deps['cors']): (req: IncomingMessage) => [string, string][] {
  const byOrigin = new LRUCache<string, [string, string][]>({ max: 1_000 });
  return (req) => {
    const origin = req.headers.origin ?? '';
    let headers = byOrigin.get(origin);
    if (headers === undefined) {
      const set = new Map<string, string>();
      const recorder = {
        getHeader: (name: string) => set.get(name.toLowerCase()),
        setHeader: (name: string, value: unknown) => set.set(name.toLowerCase(), String(value)),
      };
      cors(
        { method: 'POST', headers: origin ? { origin } : {} } as IncomingMessage,
        recorder as unknown as ServerResponse,
        () => undefined,
      );
      byOrigin.set(origin, (headers = [...set]));
    }
    return headers;
  };
}

/** No key (anonymous), the database up, the caller not blocked. */
function mayBeAnswered(req: IncomingMessage, deps: Deps): boolean {
  if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined)
    return false;
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
  return keyParamsIn(new URLSearchParams(queryString)).length === 0;
}

/** Reads a body of the declared length as text; what cannot be used here is marked for Express. */
function readBody(req: PreReadRequest, length: number): Promise<string | undefined> {
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
        req.preReadError =
          size > length
            ? { type: 'entity.too.large', status: 413 }
            : { type: 'encoding.invalid', status: 400 };
        return resolve(undefined);
      }
      resolve(body.toString('utf8'));
    });
  });
}

/** Parses a JSON body for Express (as body-parser would); its GraphQL parameters, if it has them. */
function parseBody(req: PreReadRequest, text: string): GraphQLParams | undefined {
  try {
    req.body = JSON.parse(text);
  } catch {
    req.preReadError = { type: 'entity.parse.failed', status: 400 };
    return undefined;
  }
  const params = req.body;
  return params && typeof params === 'object' && !Array.isArray(params)
    ? (params as GraphQLParams)
    : undefined;
}

/** Serves the request from the cache if its answer is there; false when it is not. */
async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  lookup: Lookup,
  deps: Deps,
  corsHeadersFor: (req: IncomingMessage) => [string, string][],
): Promise<boolean> {
  const cached = await deps.cache.get(lookup.key);
  if (!cached) return false;
  const requestId = requestIdFrom(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  nameOperation(res, lookup.operation);
  for (const [name, value] of corsHeadersFor(req)) res.setHeader(name, value);
  const charge = await chargeQuery(
    deps.config,
    deps.limiter,
    deps.blocklist,
    anonymous,
    clientIp(req, deps),
    cached.cost,
  );
  serveHit(req, res, cached, charge, {
    sqlCountHeader: deps.config.sqlCountHeader,
    requestId,
    vary: varyOf(deps.config.corsOrigins),
  });
  return true;
}

// The checks a GraphQL request passes before Apollo sees it, in order: JSON bodies only, UTF-8
// query strings, the database known to be up, the caller not known to be out of budget. Each
// answers in JSON with a code; none does any GraphQL work.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { DatabaseHealth } from '../db/health.js';
import { withSqlTally, type SqlTally } from '../db/sql-stats.js';
import type { Caller } from '../modules/access/caller.js';
import { bucketKeyOf, type Blocklist } from '../modules/access/rate-limiter.js';
import type { Visitor } from '../modules/popularity/view-gate.js';

export const jsonTypes = ['application/json', 'application/graphql-response+json'];

export function jsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  requestId?: string,
) {
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] });
}

/** What follows `?` in the request's URL, as sent (percent-encoded). */
export const queryStringOf = (req: Request) =>
  req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';

export const requestIdOf = (req: Request) => String((req as Request & { id?: unknown }).id ?? '');

/** The caller's own request id when it is a sane one, else a new one. */
export const requestIdFrom = (given: string | string[] | undefined) =>
  typeof given === 'string' && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();

/**
 * The visitor as this server sees it; only ever hashed (see ViewGate). req.ip is the socket's
 * address, or the forwarded one when TRUST_PROXY says whose to believe.
 */
export const visitorOf = (req: Request): Visitor => ({
  ip: req.ip ?? req.socket.remoteAddress ?? '',
  userAgent: String(req.headers['user-agent'] ?? ''),
});

/**
 * Every path, before any route reads it: a control character (a NUL above all, which PostgreSQL
 * refuses in text) names nothing here, so it is not found, whatever route it would have reached;
 * a path that is not valid percent-encoded UTF-8 is refused.
 */
export const sanePath: RequestHandler = (req, res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return jsonError(
      res,
      400,
      'BAD_REQUEST',
      'The path is not valid percent-encoded UTF-8.',
      requestIdOf(req),
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path))
    return jsonError(
      res,
      404,
      'NOT_FOUND',
      'No such resource: the path holds a control character.',
      requestIdOf(req),
    );
  next();
};

/** GraphQL is asked by GET (queries) or POST; anything else is answered here, saying so. */
export const onlyGetAndPost: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'POST' || req.method === 'HEAD') return next();
  res.setHeader('allow', 'GET, POST');
  jsonError(
    res,
    405,
    'BAD_REQUEST',
    `${req.method} is not how GraphQL is asked here: send a query by GET or POST, a mutation by POST.`,
    requestIdOf(req),
  );
};

/** A POST body that is not JSON would reach Apollo unparsed; answer it here, in JSON. */
export const requireJson: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && !req.is(jsonTypes)) {
    return jsonError(
      res,
      415,
      'BAD_REQUEST',
      `Send the request as JSON: Content-Type: application/json.`,
      requestIdOf(req),
    );
  }
  next();
};

/**
 * Text that is not UTF-8 would be decoded with replacement characters and run as something the
 * caller never sent: refuse it instead (bodies: in express.json's verify, see server.ts).
 */
export const requireUtf8Query: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(queryStringOf(req).replace(/\+/g, ' '));
  } catch {
    return jsonError(
      res,
      400,
      'BAD_REQUEST',
      'The query string is not valid percent-encoded UTF-8.',
      requestIdOf(req),
    );
  }
  next();
};

/** While the database is known to be unreachable, fail at once instead of waiting on it. */
export const databaseGate =
  (health: DatabaseHealth): RequestHandler =>
  (req, res, next) => {
    if (!health.isDown) return next();
    res.setHeader('retry-after', '2');
    jsonError(
      res,
      503,
      'SERVICE_UNAVAILABLE',
      'The content database is unavailable. Try again in a few seconds.',
      requestIdOf(req),
    );
  };

/** A caller known to be out of budget is refused before its body is read or parsed. */
export const outOfBudget =
  (blocklist: Blocklist): RequestHandler =>
  (req, res, next) => {
    const seconds = blocklist.blockedFor(
      bucketKeyOf(res.locals.caller as Caller, visitorOf(req).ip),
    );
    if (seconds === 0) return next();
    res.status(429).setHeader('retry-after', String(seconds));
    res.json({
      errors: [
        {
          message: `Rate limit: your budget is spent. Retry in ${seconds} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
        },
      ],
    });
  };

/** Counting starts after the body is parsed: from here on the request runs in one async context. */
export const countSql: RequestHandler = (_req, res, next) => {
  const tally: SqlTally = { statements: 0 };
  res.locals.sqlTally = tally;
  withSqlTally(tally, next);
};

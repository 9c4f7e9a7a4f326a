// Reads are answered within READ_DEADLINE_MS, whatever the database does: a read still running
// then is answered 503 SERVICE_UNAVAILABLE (its statements end on their own timeouts, and what it
// would have answered goes nowhere). Each statement has its timeouts, but a request runs several
// in turn, waiting for a pooled connection before each: under load on a frozen database, their
// sum passed 3 s. Writes are exempt: a write is answered only once the database has said yes or
// no, so that a 503 never hides a write that commits after it.
import type { RequestHandler, Response } from 'express';
import { jsonError, requestIdOf } from './guards.js';

const timedOut = Symbol('read deadline passed');

/** Whether this response was already given as the deadline's 503 (what follows is dropped). */
export const answeredByDeadline = (res: Response) =>
  (res.locals as { [timedOut]?: boolean })[timedOut] === true;

export function readDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      (res.locals as { [timedOut]?: boolean })[timedOut] = true;
      res.setHeader('retry-after', '2');
      res.setHeader('cache-control', 'no-store');
      jsonError(
        res,
        503,
        'SERVICE_UNAVAILABLE',
        `No answer within ${ms} ms: the content database is slow or unavailable. Try again in a few seconds.`,
        requestIdOf(req),
      );
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    /** The operation is a write: it is answered when it is done, however long that takes. */
    res.locals.writing = clear;
    next();
  };
}

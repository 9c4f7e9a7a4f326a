// The last line of defence of the request path: whatever a request makes throw outside the
// handlers that answer errors themselves (Express's, Apollo's), a stack overflow included, is
// answered as a 500 for that request alone, logged with its request id, and the process serves on.
// Without it, one throw in the raw request listener, or a rejected promise nobody awaited,
// ended the process and every request in flight with it.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../platform/logger.js';
import { requestIdFrom } from './guards.js';

export type RequestFailure = (req: IncomingMessage, res: ServerResponse, err: unknown) => void;

export function requestFailure(logger: Logger): RequestFailure {
  return (req, res, err) => {
    const requestId = String(
      res.getHeader('x-request-id') ?? requestIdFrom(req.headers['x-request-id']),
    );
    // The URL is not logged: it may carry what the caller should not have sent (a key).
    logger.error({ err, requestId, method: req.method }, 'a request failed outside its handlers');
    if (res.headersSent || res.writableEnded) {
      res.destroy();
      return;
    }
    res.writeHead(500, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: 'Internal server error.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
          },
        ],
      }),
    );
    // The body may not have been read: do not keep the connection for a next request.
    req.resume();
  };
}

/** The listener, with what it throws (or rejects with) answered by `fail`. */
export function guardedListener(listener: RequestListener, fail: RequestFailure): RequestListener {
  return (req, res) => {
    try {
      const result = listener(req, res) as unknown;
      if (result instanceof Promise) result.catch((err) => fail(req, res, err));
    } catch (err) {
      fail(req, res, err);
    }
  };
}

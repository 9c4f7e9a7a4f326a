// The request path's last line of defence (src/http/last-resort.ts): a listener that throws, or
// rejects, or overflows the stack, costs that one request a 500 with a code; the server answers the
// next request as if nothing happened.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.js';
import { guardedListener, requestFailure } from '../../src/http/last-resort.js';

const recurse = (n: number): number => (n === 0 ? 0 : 1 + recurse(n - 1));

describe('a request that fails outside every handler', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const listener: http.RequestListener = (req, res) => {
      if (req.url === '/throw') throw new Error('thrown in the listener');
      if (req.url === '/overflow') recurse(10_000_000);
      if (req.url === '/reject') return Promise.reject(new Error('rejected')) as never;
      res.end('ok');
    };
    server = http.createServer(
      guardedListener(listener, requestFailure(createLogger({ logLevel: 'silent' }))),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it.each(['/throw', '/overflow', '/reject'])(
    '%s: a 500 with a code for that request alone',
    async (path) => {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(500);
      const body = (await res.json()) as {
        errors: { message: string; extensions: { code: string; requestId: string } }[];
      };
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
      expect(JSON.stringify(body)).not.toMatch(/thrown|rejected|Maximum call stack/);
      expect(await (await fetch(`${url}/fine`)).text()).toBe('ok');
    },
  );
});

// The HTTP surface: health, readiness, transport errors as JSON, draining on shutdown, restarts.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../src/bootstrap.js';
import { createLogger } from '../../src/platform/logger.js';
import { testDrivers } from '../helpers/databases.js';
import { throwawayDatabase } from '../helpers/databases.js';
import { post, startTestServer, testConfig, type TestServer } from '../helpers/server.js';
import { graphql } from '../generated/index.js';

const drivers = await testDrivers();

function expectJsonError(res: Response, body: any, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/json/);
  expect(body.errors[0].extensions.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/node_modules|\.ts:\d+|at \w+ \(/);
}

describe.each(drivers)('HTTP on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => server?.stop());

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: driver });
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await post(server.url, '{"query": "{ categories { name } }"');
    expectJsonError(res, await res.json(), 400, 'BAD_REQUEST');
  });

  it('answers a body that is not JSON with 415 and a JSON error', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ categories { name } }',
    });
    expectJsonError(res, await res.json(), 415, 'BAD_REQUEST');
  });

  it('answers an oversized body with 413 and a JSON error', async () => {
    const res = await post(server.url, { query: `{ categories { name } } # ${'x'.repeat(5000)}` });
    expectJsonError(res, await res.json(), 413, 'BAD_REQUEST');
  });

  it('answers unknown paths and a missing query with JSON errors', async () => {
    const missing = await fetch(`${server.url}/nowhere`);
    expectJsonError(missing, await missing.json(), 404, 'NOT_FOUND');
    const noQuery = await post(server.url, { variables: {} });
    expectJsonError(noQuery, await noQuery.json(), 400, 'BAD_REQUEST');
    const syntax = await post(server.url, { query: '{ categories { name }' });
    expectJsonError(syntax, await syntax.json(), 400, 'GRAPHQL_PARSE_FAILED');
    const unknownField = await post(server.url, { query: '{ categories { nope } }' });
    expectJsonError(unknownField, await unknownField.json(), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('carries a request id, echoing a sane one the caller sent', async () => {
    const res = await post(
      server.url,
      { query: '{ categories { name } }' },
      { 'x-request-id': 'trace-123' },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    const generated = await post(
      server.url,
      { query: '{ categories { name } }' },
      { 'x-request-id': 'bad id with spaces' },
    );
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps data across a restart and seeds nothing twice', async () => {
    const counts = graphql(
      `query HttpCounts { articles { totalCount } people { totalCount } organisations { totalCount } }`,
    );
    const before = await server.query(counts);
    await server.restart();
    const after = await server.query(counts);
    expect(after.data).toEqual(before.data);
    expect(after.data.articles.totalCount).toBe(20);
  });
});

describe.each(drivers)('shutdown on %s', (driver) => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const server = await startTestServer(driver);
    const { port } = new URL(server.url);
    const body = JSON.stringify({ query: '{ categories { slug } }' });
    // Send the headers and half the body, stop the gateway, then send the rest.
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 50));
    const stopping = server.running.stop();
    await new Promise((r) => setTimeout(r, 50));
    // Not end(): a half-closed socket would abort the request; the server closes it (Connection: close).
    socket.write(body.slice(10));
    await closed;
    await stopping;
    const response = Buffer.concat(chunks).toString();
    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(response).toContain('"slug":"tin-tuc"');
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await server.db.drop();
  });
});

describe('database down at start', () => {
  it('fails fast with a clear error instead of hanging', async () => {
    const config = testConfig('postgres://postgres@127.0.0.1:1/none', {
      DB_CONNECT_TIMEOUT_MS: '500',
    });
    const started = Date.now();
    await expect(startGateway(config, createLogger(config))).rejects.toThrow(
      /ECONNREFUSED|connect/i,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('request log', () => {
  it('never writes down a key: not from Authorization, X-API-Key, a cookie or the URL', async () => {
    const db = await throwawayDatabase('sqlite');
    const config = testConfig(db.url, { LOG_LEVEL: 'info' });
    const lines: string[] = [];
    const running = await startGateway(
      config,
      createLogger(config, { write: (line: string) => void lines.push(line) }),
    );
    try {
      const secrets = [
        'bantin_AAAAsecretInAuthorization',
        'bantin_BBBBsecretInXApiKey',
        'secretInACookie',
        'bantin_CCCCsecretInTheUrl',
      ];
      await post(
        running.url,
        { query: '{ __typename }' },
        { authorization: `Bearer ${secrets[0]}` },
      );
      await post(
        running.url,
        { query: '{ __typename }' },
        { 'x-api-key': secrets[1], cookie: `session=${secrets[2]}` },
      );
      await fetch(`${running.url}/graphql?query=%7B__typename%7D&api_key=${secrets[3]}`);
      const requests = () => lines.filter((l) => /"url":"\/graphql/.test(l));
      for (let i = 0; i < 50 && requests().length < 3; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      // Each request was logged, with its other headers, and with no secret in it.
      expect(requests()).toHaveLength(3);
      expect(requests()[0]).toContain('"content-type":"application/json"');
      expect(requests()[2]).toContain('api_key=%5Bredacted%5D');
      for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret);
    } finally {
      await running.stop();
      await db.drop();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('lets any origin call by default, with the headers keys travel in', async () => {
    const server = await startTestServer('sqlite');
    try {
      const res = await preflight(server.url, 'https://example.org');
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const answer = await post(
        server.url,
        { query: '{ categories { name } }' },
        { origin: 'https://example.org' },
      );
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
    } finally {
      await server.stop();
    }
  });

  it('answers only the listed origins when CORS_ORIGINS lists them', async () => {
    const server = await startTestServer('sqlite', { CORS_ORIGINS: 'https://cand.com.vn' });
    try {
      expect(
        (await preflight(server.url, 'https://cand.com.vn')).headers.get(
          'access-control-allow-origin',
        ),
      ).toBe('https://cand.com.vn');
      expect(
        (await preflight(server.url, 'https://evil.example')).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe('slow clients', () => {
  it('drops a request whose body trickles in past REQUEST_TIMEOUT_MS, and one whose headers do past HEADERS_TIMEOUT_MS', async () => {
    const server = await startTestServer('sqlite', {
      REQUEST_TIMEOUT_MS: '2000',
      HEADERS_TIMEOUT_MS: '1000',
    });
    try {
      const { port } = new URL(server.url);
      /** Sends `head` and then `rest` a byte every 200 ms; resolves with what the server answered and when it hung up. */
      const trickle = (head: string, rest: string) =>
        new Promise<{ answer: string; closedAfterMs: number; sentAll: boolean }>((resolve) => {
          const socket = net.connect(Number(port), '127.0.0.1');
          const started = Date.now();
          let answer = '';
          let sent = 0;
          let timer: NodeJS.Timeout | undefined;
          socket.on('data', (d) => (answer += String(d)));
          socket.on('close', () => {
            clearInterval(timer);
            resolve({ answer, closedAfterMs: Date.now() - started, sentAll: sent === rest.length });
          });
          socket.on('error', () => undefined);
          socket.on('connect', () => {
            socket.write(head);
            timer = setInterval(() => {
              if (sent < rest.length) socket.write(rest[sent++]);
            }, 200);
          });
        });
      const body = JSON.stringify({ query: '{ categories { name } }' }).padEnd(100, ' ');
      // 100 bytes at 5 a second would take 20 s: the server hangs up long before.
      const slowBody = await trickle(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
        body,
      );
      expect(slowBody.sentAll).toBe(false);
      expect(slowBody.closedAfterMs).toBeLessThan(15_000);
      const slowHeaders = await trickle(
        '',
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'y'.repeat(100)}\r\n\r\n`,
      );
      expect(slowHeaders.sentAll).toBe(false);
      expect(slowHeaders.closedAfterMs).toBeLessThan(15_000);
    } finally {
      await server.stop();
    }
  }, 40_000);
});

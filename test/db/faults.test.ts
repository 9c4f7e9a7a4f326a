// The database stopped or frozen, on a PostgreSQL cluster the test creates itself (never the
// shared one): requests fail within 2 s with 503 SERVICE_UNAVAILABLE, /readyz says so, and when
// the database is back the gateway serves again without being restarted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postgresTools,
  startPrivatePostgres,
  waitFor,
  type PrivatePostgres,
} from '../helpers/processes.js';
import { createLogger } from '../../src/platform/logger.js';
import { startGateway, type Running } from '../../src/bootstrap.js';
import { testConfig } from '../helpers/server.js';
import type { EntityManager } from '@mikro-orm/knex';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';

const binDir = postgresTools('initdb');

/** The gateway promises an answer within 2 s however the database misbehaves (a deadline, not a benchmark). */
const DEADLINE_MS = 2_000;

describe.runIf(binDir)('database faults on a private PostgreSQL', () => {
  let pg: PrivatePostgres;
  let gateway: Running;
  const query = '{ latest(first: 3) { title authors { name } } }';
  const ask = async () => {
    const started = Date.now();
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as {
      data?: { latest: unknown[] };
      errors?: { message: string; extensions: { code: string } }[];
    };
    return { status: res.status, body, ms: Date.now() - started };
  };
  const ready = async () => (await fetch(`${gateway.url}/readyz`)).status;
  const expectUnavailable = async () => {
    const res = await ask();
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(res.body)).not.toMatch(/ECONN|timeout|postgres|at \w+ \(/i);
    expect(res.ms).toBeLessThan(DEADLINE_MS);
  };
  const serving = async () => (await ask()).status === 200;

  beforeAll(async () => {
    pg = await startPrivatePostgres(binDir!);
    const config = testConfig(pg.url);
    gateway = await startGateway(config, createLogger(config));
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await pg?.destroy();
  }, 60_000);

  it('serves normally to begin with', async () => {
    const res = await ask();
    expect(res.status).toBe(200);
    expect(res.body.data?.latest).toHaveLength(3);
    expect(await ready()).toBe(200);
  });

  it('frozen (SIGSTOP): answers 503 within 2 s, /readyz says so, and serves again after SIGCONT', async () => {
    pg.freeze();
    try {
      await expectUnavailable();
      // Now known to be down: further requests do not wait at all.
      for (let i = 0; i < 5; i++) await expectUnavailable();
      const readyStarted = Date.now();
      expect(await ready()).toBe(503);
      expect(Date.now() - readyStarted).toBeLessThan(DEADLINE_MS);
    } finally {
      pg.thaw();
    }
    await waitFor(serving, 'the gateway to serve again after SIGCONT', 20_000);
    expect(await ready()).toBe(200);
  }, 60_000);

  it('frozen under concurrent load: every request is a 503 within 2 s, never a partial answer', async () => {
    const pages = [
      '{ latest(first: 10) { title authors { name } category { name } related(first: 3) { article { title } } } mostRead(first: 5) { views article { title } } }',
      '{ people(first: 20) { nodes { name articles(first: 3) { nodes { title } } } } }',
      '{ search(query: "toi pham mang") { totalCount } categories { name articles(first: 2) { nodes { title } } } }',
      '{ a: latest(first: 3) { title } b: events(first: 5) { nodes { name } } c: tags(first: 5) { nodes { name } } }',
    ];
    pg.freeze();
    try {
      const answers = await Promise.all(
        Array.from({ length: 32 }, async (_, i) => {
          const started = Date.now();
          const res = await fetch(`${gateway.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: pages[i % pages.length] }),
          });
          const body = (await res.json()) as {
            data?: unknown;
            errors?: { extensions: { code: string } }[];
          };
          return {
            status: res.status,
            data: body.data ?? null,
            codes: (body.errors ?? []).map((e) => e.extensions.code),
            ms: Date.now() - started,
          };
        }),
      );
      for (const a of answers) {
        expect([a.status, a.data, [...new Set(a.codes)]]).toEqual([
          503,
          null,
          ['SERVICE_UNAVAILABLE'],
        ]);
        expect(a.ms).toBeLessThan(DEADLINE_MS);
      }
    } finally {
      pg.thaw();
    }
    await waitFor(serving, 'the gateway to serve again after SIGCONT', 20_000);
  }, 60_000);

  it('answers a read at READ_DEADLINE_MS whatever the database does, and lets a write finish', async () => {
    const config = testConfig(pg.url, { READ_DEADLINE_MS: '300' });
    const quick = await startGateway(config, createLogger(config));
    try {
      const editor = await createKey(quick.orm.em.fork() as EntityManager, {
        name: 'faults editor',
        scopes: [KeyScope.EDITOR],
      });
      pg.freeze();
      try {
        const post = (query: string, headers: Record<string, string> = {}) =>
          fetch(`${quick.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query }),
          });
        const read = await post('{ latest(first: 3) { title } }');
        expect(read.status).toBe(503);
        expect(read.headers.get('retry-after')).toBe('2');
        const body = (await read.json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0]).toMatchObject({
          message: expect.stringMatching(/^No answer within 300 ms/),
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
        // A write is not cut short: it is answered by the database's own failure, not the deadline.
        const write = await post(
          'mutation { createArticle(input: { title: "[synthetic] Ghi khi CSDL treo" }) { article { id } } }',
          { authorization: `Bearer ${editor.key}` },
        );
        const written = (await write.json()) as {
          errors?: { message: string; extensions: { code: string } }[];
        };
        expect(write.status).toBe(503);
        expect(written.errors?.[0].message).not.toMatch(/No answer within/);
      } finally {
        pg.thaw();
      }
    } finally {
      await quick.stop();
    }
    await waitFor(serving, 'the gateway to serve again after SIGCONT', 20_000);
  }, 60_000);

  it('stopped: answers 503 within 2 s, and serves again once it is restarted', async () => {
    await pg.stop();
    await expectUnavailable();
    await expectUnavailable();
    expect(await ready()).toBe(503);
    await pg.start();
    await waitFor(serving, 'the gateway to serve again after a restart', 20_000);
    expect(await ready()).toBe(200);
    expect((await ask()).body.data?.latest).toHaveLength(3);
  }, 60_000);
});

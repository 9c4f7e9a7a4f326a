// The gateway as a process, as an operator runs it: it stops at once when idle (SIGTERM does not
// wait out the grace period for nothing), and a port already taken is named as the problem.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { sparePort } from '../helpers/processes.js';
import { builtMain, startGatewayProcess } from '../helpers/built-gateway.js';

const dir = mkdtempSync(join(tmpdir(), 'bantin-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the gateway process', () => {
  it('exits on SIGTERM without waiting out the grace period when nothing is in flight, keep-alive clients and all', async () => {
    const port = await sparePort();
    // A grace period far longer than any stop should take: exiting well before it means the
    // gateway did not wait for it.
    const gateway = await startGatewayProcess({
      DATABASE_URL: `sqlite:${join(dir, 'a.sqlite')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHUTDOWN_GRACE_MS: '60000',
    });
    expect(gateway.output()).toContain('Bantin is listening');
    const agent = new http.Agent({ keepAlive: true });
    const status = await new Promise<number>((done) =>
      http.get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      }),
    );
    expect(status).toBe(200);
    const sent = Date.now();
    gateway.child.kill('SIGTERM');
    const code = await gateway.exited;
    agent.destroy();
    expect(code).toBe(0);
    expect(Date.now() - sent).toBeLessThan(30_000);
    expect(gateway.output()).toContain('"msg":"stopped"');
  }, 90_000);

  it('says that the port is taken, and which, when it is', async () => {
    const port = await sparePort();
    const taken = http.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    try {
      const gateway = await startGatewayProcess({
        DATABASE_URL: `sqlite:${join(dir, 'b.sqlite')}`,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(await gateway.exited).toBe(1);
      expect(gateway.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(gateway.output()).not.toContain('is the database reachable');
    } finally {
      taken.close();
    }
  }, 90_000);

  it('answers the requests that once ended it with a 400, serves on in the same process, and never logs a key', async () => {
    const port = await sparePort();
    // The response cache on (its front door reads anonymous requests first), as in production.
    const gateway = await startGatewayProcess({
      DATABASE_URL: `sqlite:${join(dir, 'c.sqlite')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      RESPONSE_CACHE: 'true',
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      const deep = (n: number) => `{"a":${'['.repeat(n)}${']'.repeat(n)}}`;
      const crashers: (() => Promise<Response>)[] = [
        () =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: `{"query":"{ __typename }","variables":${deep(5_000)}}`,
          }),
        () =>
          fetch(`${url}?query=%7B__typename%7D&variables=${encodeURIComponent(deep(2_000))}`, {
            headers: { accept: 'application/json' },
          }),
        () =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: `{"query":"{ __typename }","extensions":${deep(5_000)}}`,
          }),
        () =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-request-id': 'again' },
            body: `{"query":"query($a: [[String]]) { __typename }","variables":${deep(5_000)}}`,
          }),
      ];
      for (let round = 0; round < 3; round++) {
        for (const send of crashers) {
          const res = await send();
          expect(res.status).toBe(400);
          expect(
            ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
              .extensions.code,
          ).toBe('BAD_REQUEST');
        }
      }
      // A key sent where keys do not go, in any spelling: refused, and in no log line.
      const key = `bantin_abcdefghijkl_${'K'.repeat(43)}`;
      for (const name of ['API_KEY', 'Token', 'apiKey', 'ACCESS_TOKEN', 'api-key']) {
        const res = await fetch(`${url}?query=%7B__typename%7D&${name}=${key}`, {
          headers: { accept: 'application/json' },
        });
        expect(res.status, name).toBe(401);
      }
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: '{"query":"{ __typename }"}',
      });
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ article(slug: "${key}") { id } }` }),
      });
      const served = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ latest(first: 1) { title } }"}',
      });
      expect(served.status).toBe(200);
      expect(gateway.child.exitCode).toBeNull();
      expect(gateway.output()).not.toContain(key);
      expect(gateway.output()).not.toContain('K'.repeat(43));
    } finally {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  }, 90_000);

  it('answers --help for every script with its usage, and a wrong option with the usage and exit 64', () => {
    const out = join(builtMain(), '../..');
    const scripts = [
      'src/main.js',
      'src/modules/access/keys-cli.js',
      'src/graphql/print-schema.js',
      'src/db/create-migration.js',
      'seeds/synthetic-cli.js',
      'bench/run.js',
    ];
    for (const script of scripts) {
      const run = spawnSync(process.execPath, [join(out, script), '--help'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 'help.sqlite')}` },
        timeout: 60_000,
      });
      expect([script, run.status], run.stderr).toEqual([script, 0]);
      expect(run.stdout, script).toMatch(/^usage:/);
      expect(run.stderr, script).not.toMatch(/\bat \w|Error/);
    }
    const build = spawnSync(process.execPath, ['src/build-if-stale.mjs', '--help'], {
      encoding: 'utf8',
    });
    expect([build.status, build.stdout]).toEqual([
      0,
      expect.stringMatching(/^usage: npm run build/),
    ]);
    const wrong = spawnSync(
      process.execPath,
      [join(out, 'seeds/synthetic-cli.js'), '--artcles', '5'],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(wrong.status).toBe(64);
    expect(wrong.stderr).toMatch(/Unknown option '--artcles'[\s\S]*usage: npm run seed:synthetic/);
  }, 120_000);
});

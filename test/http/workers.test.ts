// WORKERS=2 (PostgreSQL): two gateway processes on one port. Both serve; one killed is replaced; a write in one clears the other's
// cached answers (relayed by the primary, no Redis needed); views acknowledged by either are all
// stored; SIGTERM drains every worker and the primary exits 0.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { initOrm } from '../../src/orm.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';
import { startGatewayProcess } from '../helpers/built-gateway.js';
import { testDrivers, throwawayDatabase, type ThrowawayDatabase } from '../helpers/databases.js';
import { sparePort } from '../helpers/processes.js';

const drivers = await testDrivers();
const dir = mkdtempSync(join(tmpdir(), 'bantin-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

describe('WORKERS', () => {
  let database: ThrowawayDatabase | undefined;
  afterAll(async () => database?.drop());

  it('refuses more than one process on the embedded SQLite, saying why', async () => {
    const gateway = await startGatewayProcess({
      DATABASE_URL: `sqlite:${join(dir, 'one.sqlite')}`,
      PORT: String(await sparePort()),
      WORKERS: '2',
    });
    expect(await gateway.exited).toBe(78);
    expect(gateway.output()).toContain('WORKERS: more than one process needs PostgreSQL');
  }, 60_000);

  it.runIf(drivers.includes('postgresql'))(
    'WORKERS=2 serves from two processes that share cache invalidation, views and shutdown',
    async () => {
      database = await throwawayDatabase('postgresql');
      const db = {
        database: database.database,
        db: { poolMax: 2, connectTimeoutMs: 3000, statementTimeoutMs: 10_000 },
      };
      const port = await sparePort();
      const url = `http://127.0.0.1:${port}`;
      const gateway = await startGatewayProcess({
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        WORKERS: '2',
        VIEWS_REPEAT_WINDOW_MINUTES: '0',
        SHUTDOWN_GRACE_MS: '20000',
      });
      try {
        expect(gateway.output()).toContain('"workers":2');
        const orm = await initOrm(db);
        const { key } = await createKey(orm.em.fork() as EntityManager, {
          name: 'workers test',
          scopes: [KeyScope.EDITOR],
        });
        await orm.close(true);

        // A new connection each time: the cluster hands out connections, not requests.
        const read = () =>
          new Promise<{ worker: string | null; cache: string | null; slugs: string[] }>(
            (resolve, reject) => {
              const req = http.request(
                `${url}/graphql`,
                { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
                (res) => {
                  let text = '';
                  res.on('data', (c) => (text += c));
                  res.on('end', () =>
                    resolve({
                      worker: String(res.headers['x-worker'] ?? ''),
                      cache: String(res.headers['x-cache'] ?? ''),
                      slugs: JSON.parse(text).data.latest.map((a: any) => a.slug),
                    }),
                  );
                },
              );
              req.on('error', reject);
              // A connection handed to a worker in the instant it was killed is lost: give up on it.
              req.setTimeout(3_000, () => req.destroy(new Error('no answer')));
              req.end(JSON.stringify({ query: '{ latest(first: 3) { slug } }' }));
            },
          );
        // Until each worker has answered from its own cache.
        const hits = new Set<string>();
        for (let i = 0; i < 200 && hits.size < 2; i++) {
          const r = await read();
          if (r.cache === 'HIT') hits.add(r.worker!);
        }
        expect([...hits].sort()).toEqual(['1', '2']);

        const created = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query:
              'mutation { createArticle(input: { title: "[synthetic] Viết qua một worker", status: PUBLISHED }) { article { slug } } }',
          }),
        });
        const slug = ((await created.json()) as any).data.createArticle.article.slug as string;
        // Both workers now answer with it: neither serves its answer from before the write.
        const seenBy = new Set<string>();
        for (let i = 0; i < 50 && seenBy.size < 2; i++) {
          const r = await read();
          expect(r.slugs[0]).toBe(slug);
          seenBy.add(r.worker!);
        }
        expect(seenBy.size).toBe(2);

        // A worker killed outright is replaced (cluster ids count up: the new one is 3).
        const [victim] = execFileSync('pgrep', ['-P', String(gateway.child.pid)], {
          encoding: 'utf8',
        })
          .trim()
          .split('\n')
          .map(Number);
        process.kill(victim, 'SIGKILL');
        const workers = new Set<string>();
        for (let i = 0; i < 400 && !workers.has('3'); i++) {
          const answer = await read().catch(() => null);
          if (answer) workers.add(answer.worker!);
          if (!workers.has('3')) await new Promise((r) => setTimeout(r, 25));
        }
        expect(workers).toContain('3');
        expect(gateway.output()).toContain('a worker died; starting another');

        // /metrics on either worker answers for both (the primary aggregates).
        const metrics = await (await fetch(`${url}/metrics`)).text();
        const hitsCounted = Number(
          /bantin_response_cache_total\{result="hit"\} (\d+)/.exec(metrics)?.[1],
        );
        expect(hitsCounted).toBeGreaterThanOrEqual(2);

        // Views acknowledged by either worker, then SIGTERM at once: every one is stored.
        const { data } = (await (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: `{ article(slug: "${slug}") { id } }` }),
          })
        ).json()) as any;
        const acks = await Promise.all(
          Array.from({ length: 40 }, () =>
            fetch(`${url}/views`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'user-agent': browser },
              body: JSON.stringify({ articleId: data.article.id }),
            }).then(async (r) => JSON.stringify([r.status, await r.json()])),
          ),
        );
        const acknowledged = acks.filter((a) => a.includes('"counted":true')).length;
        expect(acknowledged).toBe(40);
        gateway.child.kill('SIGTERM');
        expect(await gateway.exited).toBe(0);
        expect(gateway.output()).toContain('"msg":"stopped"');

        const check = await initOrm(db);
        const [row] = (await (check.em.fork() as EntityManager)
          .getKnex()('article_view_day as v')
          .join('article as a', 'a.id', 'v.article_id')
          .sum('v.views as n')
          .where('a.slug', slug)) as { n: number }[];
        await check.close(true);
        expect(Number(row.n)).toBe(acknowledged);
      } finally {
        if (gateway.child.exitCode === null) gateway.child.kill('SIGKILL');
      }
    },
    120_000,
  );
});

// The production shape of the README, on this machine: two gateway processes (as `npm start` runs
// them) as if behind one load balancer, a PostgreSQL primary with a streaming standby made by
// pg_basebackup, and Redis. Checks what the README promises them to share: a client's budget,
// cached answers, reads on the replica, and a write on one gateway seen by the other.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { testEnv } from '../../src/config.js';
import { initOrm } from '../../src/orm.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';
import { startGatewayProcess, type GatewayProcess } from '../helpers/built-gateway.js';
import {
  postgresTools,
  program,
  sparePort,
  sqlOn,
  startPrivatePostgres,
  startPrivateRedis,
  waitFor,
  type PrivatePostgres,
  type PrivateRedis,
} from '../helpers/processes.js';
import { metricOf } from '../helpers/metrics.js';

const binDir = postgresTools('pg_basebackup');
const redisServer = program(
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
  testEnv.requireServices,
  'apt-get install redis-server',
);

/** Points one anonymous client may spend per minute, across every gateway. */
const BUDGET = 60;

describe.runIf(binDir && redisServer)(
  'production shape: two gateways, primary + standby, Redis',
  () => {
    let primary: PrivatePostgres;
    let standby: PrivatePostgres;
    let redis: PrivateRedis;
    const gateways: { url: string; process: GatewayProcess }[] = [];
    let replica: string;
    let editor: string;

    const ask = async (gateway: number, query: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${gateways[gateway].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return {
        status: res.status,
        cache: res.headers.get('x-cache'),
        body: (await res.json()) as any,
      };
    };
    const readsOn = async (gateway: number, database: string) =>
      (await metricOf(gateways[gateway].url, 'bantin_read_requests_total', { database })) ?? 0;

    beforeAll(async () => {
      primary = await startPrivatePostgres(binDir!);
      standby = await startPrivatePostgres(binDir!, { standbyOf: primary });
      redis = await startPrivateRedis(redisServer!);
      replica = `127.0.0.1:${new URL(standby.url).port}/postgres`;
      const env = {
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URLS: standby.url,
        REPLICA_CHECK_MS: '100',
        REDIS_URL: redis.url,
        // The load balancer is on this machine: its X-Forwarded-For names the client.
        TRUST_PROXY: 'loopback',
        HOST: '127.0.0.1',
        COST_LIMIT_ANONYMOUS: String(BUDGET),
        RATE_LIMIT_ANONYMOUS: String(BUDGET),
        CACHE_MAX_AGE_SECONDS: '300',
      };
      // One after the other: the first migrates and seeds the empty database.
      for (let i = 0; i < 2; i++) {
        const port = await sparePort();
        gateways.push({
          url: `http://127.0.0.1:${port}`,
          process: await startGatewayProcess({ ...env, PORT: String(port) }),
        });
        expect(gateways[i].process.output()).toContain('Bantin is listening');
      }
      const orm = await initOrm({
        database: { driver: 'postgresql', url: primary.url },
        db: { poolMax: 2, connectTimeoutMs: 3000, statementTimeoutMs: 10_000 },
      });
      ({ key: editor } = await createKey(orm.em.fork() as EntityManager, {
        name: 'production-shape editor',
        scopes: [KeyScope.EDITOR],
      }));
      await orm.close(true);
      // Until the standby has what the first gateway seeded.
      await waitFor(
        async () => (await sqlOn(standby.url, 'select count(*)::int as n from api_key'))[0].n === 1,
        'the standby to catch up',
      );
    }, 180_000);
    afterAll(async () => {
      for (const g of gateways) {
        g.process.child.kill('SIGTERM');
        await g.process.exited;
      }
      await redis?.stop();
      await standby?.destroy();
      await primary?.destroy();
    }, 60_000);

    it('both gateways are ready and read from the replica', async () => {
      for (const g of [0, 1]) {
        expect((await fetch(`${gateways[g].url}/readyz`)).status).toBe(200);
        const before = await readsOn(g, replica);
        let n = 0;
        // A new alias each time: a cached answer would read nothing.
        await waitFor(async () => {
          expect((await ask(g, `{ g${g}n${n++}: latest(first: 4) { slug } }`)).status).toBe(200);
          return (await readsOn(g, replica)) > before;
        }, `gateway ${g} to read from the replica`);
      }
    });

    it('an answer cached by one gateway is a hit on the other (Redis)', async () => {
      const query = '{ latest(first: 2) { slug title } }';
      const client = new Redis(redis.url);
      const answersInRedis = async () => (await client.keys('*:answer:*')).length;
      const before = await answersInRedis();
      const first = await ask(0, query, { 'x-forwarded-for': '198.51.100.1' });
      expect(first.cache).toBe('MISS');
      // The first gateway stores the answer in Redis once its response has gone out (a miss is not
      // made to wait for it): the other gateway is asked once it is there.
      await waitFor(async () => (await answersInRedis()) > before, 'the answer to reach Redis');
      client.disconnect();
      const second = await ask(1, query, { 'x-forwarded-for': '198.51.100.2' });
      expect(second.cache).toBe('HIT');
      expect(second.body.data).toEqual(first.body.data);
    });

    it("a client's budget is one budget across the gateways; another client's is its own", async () => {
      const client = { 'x-forwarded-for': '203.0.113.7' };
      let spent = 0;
      let refused = false;
      for (let i = 0; i < 3 * BUDGET && !refused; i++) {
        const res = await ask(0, `{ latest(first: ${1 + (i % 10)}) { slug } }`, client);
        if (res.status === 429) refused = true;
        else spent += res.body.extensions?.cost?.requested ?? 0;
      }
      expect(refused).toBe(true);
      // About one budget (it refills at BUDGET per minute while the loop runs), not two.
      expect(spent).toBeGreaterThan(BUDGET / 2);
      expect(spent).toBeLessThan(1.5 * BUDGET);
      // The other gateway knows: the same client is refused there before it spends anything.
      const there = await ask(1, '{ latest(first: 1) { slug } }', client);
      expect(there.status).toBe(429);
      expect(there.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(
        (await ask(1, '{ latest(first: 1) { slug } }', { 'x-forwarded-for': '203.0.113.8' }))
          .status,
      ).toBe(200);
    });

    it('a write on one gateway is read on the other at once, cache and replica notwithstanding', async () => {
      const query = '{ latest(first: 3) { slug } }';
      await ask(1, query);
      expect((await ask(1, query)).cache).toBe('HIT');
      const created = await ask(
        0,
        'mutation { createArticle(input: { title: "[synthetic] Viết ở cổng A", status: PUBLISHED }) { article { slug } } }',
        { authorization: `Bearer ${editor}` },
      );
      expect(created.body.errors).toBeUndefined();
      const slug = created.body.data.createArticle.article.slug;
      await waitFor(
        async () => (await ask(1, query)).body.data.latest[0].slug === slug,
        'gateway B to show the new article',
        3_000,
      );
      // And on the replica, once it has replayed the write.
      const before = await readsOn(1, replica);
      let n = 0;
      await waitFor(async () => {
        expect(
          (await ask(1, `{ a${n++}: article(slug: "${slug}") { slug } }`)).body.data[`a${n - 1}`]
            .slug,
        ).toBe(slug);
        return (await readsOn(1, replica)) > before;
      }, 'gateway B to read the new article on the replica');
    });
  },
);

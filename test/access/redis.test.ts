// Budgets shared through Redis: two gateways spend one budget; when Redis goes away they keep
// serving on per-process buckets, and share again once it is back. Runs against a Redis the test
// starts itself on a spare port.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../../src/config.js';
import { program, startPrivateRedis, waitFor, type PrivateRedis } from '../helpers/processes.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const redisServer = program(
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
  testEnv.requireServices,
  'apt-get install redis-server',
);
const costly = '{ articles(first: 100) { nodes { title tags { name } events { name } } } }'; // 201 points

describe.runIf(redisServer)('rate limits shared through Redis', () => {
  let redis: PrivateRedis;
  let a: TestServer;
  let b: TestServer;
  let probe: Redis;
  const namespace = `test${process.pid}`;
  const bucket = `${namespace}:rate:ip:127.0.0.1`;

  beforeAll(async () => {
    redis = await startPrivateRedis(redisServer!);
    const env = {
      REDIS_URL: redis.url,
      RATE_LIMIT_NAMESPACE: namespace,
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
    };
    a = await startTestServer('sqlite', env);
    b = await startTestServer('sqlite', env);
    probe = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  }, 60_000);
  afterAll(async () => {
    probe?.disconnect();
    await a?.stop();
    await b?.stop();
    await redis?.stop();
  });

  /** Whether a gateway spends from the Redis bucket: one cheap query must take a point from it. */
  const usesRedis = async (server: TestServer) => {
    const before = Number(await probe.hget(bucket, 'tokens').catch(() => null));
    await server.gql('{ categories { name } }');
    const after = Number(await probe.hget(bucket, 'tokens').catch(() => null));
    return before > 0 && after > 0 && after < before;
  };
  const spendAll = async (server: TestServer) => {
    for (let i = 0; i < 10; i++) if ((await server.gql(costly)).status === 429) return i;
    return 10;
  };

  it('makes two gateways spend one budget', async () => {
    await a.gql('{ categories { name } }');
    await waitFor(
      async () => (await usesRedis(a)) && (await usesRedis(b)),
      'both gateways to use Redis',
    );
    expect(await spendAll(a)).toBeLessThanOrEqual(4);
    const atB = await b.gql(costly);
    expect(atB.status).toBe(429);
    expect(atB.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Both are now refused until the budget refills; wait that out for the next test.
    await new Promise((r) => setTimeout(r, (Number(atB.headers.get('retry-after')) + 1) * 1000));
  });

  it('keeps serving when Redis goes away, and shares again when it is back', async () => {
    await redis.stop();
    // Per-process buckets now: each gateway has a full budget of its own.
    const duringOutage = await a.gql(costly);
    expect(duringOutage.status).toBe(200);
    expect(duringOutage.body.extensions?.cost).toMatchObject({ requested: 201, perMinute: 1000 });
    expect((await b.gql(costly)).status).toBe(200);

    await redis.start();
    await probe.connect().catch(() => undefined);
    await waitFor(
      async () => {
        await a.gql('{ categories { name } }');
        return (await usesRedis(a)) && (await usesRedis(b));
      },
      'both gateways to use Redis again',
      20_000,
    );
    // One budget again: spending it at A leaves nothing at B (whose own bucket still has 799).
    expect(await spendAll(a)).toBeLessThanOrEqual(5);
    expect((await b.gql(costly)).status).toBe(429);
  }, 60_000);
});

// The response cache: whole public answers served again for their max-age without executing
// anything, keyed by document, variables, Accept and caller class; private answers never in it.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../../src/config.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { program, startPrivateRedis, waitFor, type PrivateRedis } from '../helpers/processes.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const latest = '{ latest(first: 5) { slug title authors { name } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Answer = { status: number; headers: Headers; text: string; json: any };
const answer = async (res: Response): Promise<Answer> => {
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : null };
};
const ask = async (
  server: TestServer,
  query: string,
  variables?: unknown,
  headers: Record<string, string> = {},
) => answer(await post(server.url, { query, variables }, headers));
const askGet = async (
  server: TestServer,
  params: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  answer(
    await fetch(`${server.url}/graphql?${new URLSearchParams(params)}`, {
      headers: { accept: 'application/json', ...headers },
    }),
  );

/** Counts every statement the gateway sends to its database while fn runs. */
async function statementsDuring(server: TestServer, fn: () => Promise<unknown>): Promise<number> {
  const config = server.running.orm.config;
  const original = config.get('onQuery');
  let n = 0;
  config.set('onQuery', (sql: string, params: unknown[]) => {
    n++;
    return original(sql, params);
  });
  try {
    await fn();
  } finally {
    config.set('onQuery', original);
  }
  return n;
}

describe.each(drivers)('response cache on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    // A budget small enough that what a hit spends shows in `remaining`.
    server = await startTestServer(driver, {
      RESPONSE_CACHE: 'true',
      RATE_LIMIT_ANONYMOUS: '1000',
    });
  });
  afterAll(async () => server?.stop());

  it('computes an answer once for identical requests that arrive together; the others wait and get it', async () => {
    const query = '{ latest(first: 7) { slug title tags { slug } } }';
    let answers!: Answer[];
    const statements = await statementsDuring(
      server,
      async () =>
        (answers = await Promise.all(Array.from({ length: 6 }, () => ask(server, query)))),
    );
    expect(answers.map((a) => a.headers.get('x-cache')).sort()).toEqual([
      'HIT',
      'HIT',
      'HIT',
      'HIT',
      'HIT',
      'MISS',
    ]);
    for (const a of answers) expect(a.json.data).toEqual(answers[0].json.data);
    // Only the one that missed ran statements (what a single request of it runs).
    const single = await statementsDuring(server, () =>
      ask(server, '{ latest(first: 8) { slug title tags { slug } } }'),
    );
    expect(statements).toBe(single);
  });

  it('answers a repeated public query from memory: same bytes, no statement, budget still charged', async () => {
    const first = await ask(server, latest);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.json.data.latest.length).toBeGreaterThan(0);
    let again!: Answer;
    const statements = await statementsDuring(
      server,
      async () => (again = await ask(server, latest)),
    );
    expect(statements).toBe(0);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(Number(again.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(again.headers.get('x-sql-statements')).toBe('0');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(again.headers.get('x-request-id')).toBeTruthy();
    expect(again.json.data).toEqual(first.json.data);
    // The same bytes but for the budget left, which the hit spent like the miss.
    const { requested, remaining } = first.json.extensions.cost;
    expect(again.json.extensions.cost.requested).toBe(requested);
    expect(again.json.extensions.cost.remaining).toBeLessThan(remaining);
    expect(again.text.replace(/"remaining":\d+/, '')).toBe(
      first.text.replace(/"remaining":\d+/, ''),
    );
  });

  it('revalidates a hit to 304 with its ETag', async () => {
    const first = await ask(server, latest);
    const res = await post(
      server.url,
      { query: latest },
      { 'if-none-match': first.headers.get('etag')! },
    );
    expect(res.status).toBe(304);
    expect(res.headers.get('x-cache')).toBe('HIT');
  });

  it('shares one entry between the query text, GET, and its persisted-query hash', async () => {
    const query = '{ categories { slug name } }';
    await ask(server, query, undefined, { accept: 'application/json' });
    const byGet = await askGet(server, { query });
    const byHash = await askGet(server, {
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
    });
    expect(byGet.headers.get('x-cache')).toBe('HIT');
    expect(byHash.headers.get('x-cache')).toBe('HIT');
    expect(byHash.json.data).toEqual(byGet.json.data);
  });

  it('keeps apart other variables, another Accept header and another operation', async () => {
    const query = 'query Latest($n: Int) { latest(first: $n) { slug } }';
    await ask(server, query, { n: 2 });
    expect((await ask(server, query, { n: 2 })).headers.get('x-cache')).toBe('HIT');
    const other = await ask(server, query, { n: 3 });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(other.json.data.latest).toHaveLength(3);
    const modern = await ask(
      server,
      query,
      { n: 2 },
      { accept: 'application/graphql-response+json' },
    );
    expect(modern.headers.get('x-cache')).toBe('MISS');
    expect(modern.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    const again = await ask(
      server,
      query,
      { n: 2 },
      { accept: 'application/graphql-response+json' },
    );
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
  });

  it('never serves or stores an answer to a key holder', async () => {
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const query = '{ articles(first: 3) { nodes { slug status } } }';
    for (let i = 0; i < 2; i++) {
      const res = await ask(server, query, undefined, editor.bearer);
      expect(res.headers.get('x-cache')).toBeNull();
      expect(Number(res.headers.get('x-sql-statements'))).toBeGreaterThan(0);
      expect(res.headers.get('cache-control')).toMatch(/private|no-store/);
    }
    // An anonymous caller asking the same did not get the editor's answer.
    expect((await ask(server, query)).headers.get('x-cache')).toBe('MISS');
  });

  it('does not store errors, partial answers, mutations or uncacheable answers', async () => {
    const cases = [
      '{ latest(first: 1) { slug } node(id: "bm9wZTox") { id } }', // partial data
      '{ article(slug: "x", id: "y") { slug } }', // an error
      '{ viewer { kind } }', // about the caller: never cached
    ];
    for (const query of cases) {
      await ask(server, query);
      const again = await ask(server, query);
      expect(again.headers.get('x-cache'), query).toBe('MISS');
    }
    const { json } = await ask(server, '{ latest(first: 1) { id } }');
    const mutation = `mutation { recordView(articleId: "${json.data.latest[0].id}") }`;
    await ask(server, mutation);
    expect((await ask(server, mutation)).headers.get('x-cache')).toBe('MISS');
  });

  it('answers bodies its front door read but could not use as the usual path does', async () => {
    const send = (body: Buffer | string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const cases: [Buffer | string, RegExp][] = [
      ['{"query": "{ latest { slug } ', /not valid JSON/], // not JSON
      [Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]), /not valid UTF-8/], // not UTF-8
      ['[{"query": "{ __typename }"}]', /batch|operation/i], // a batch: goes on to Apollo, refused there
    ];
    for (const [body, message] of cases) {
      const res = await send(body);
      expect(res.status, String(body)).toBe(400);
      const json = (await res.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(json.errors[0].message, String(body)).toMatch(message);
    }
    // And a usable body after them still works.
    expect((await ask(server, latest)).status).toBe(200);
  });

  it('refuses a hit once the budget is spent (429), like any query', async () => {
    const tight = await startTestServer(driver, {
      RESPONSE_CACHE: 'true',
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '1000',
    });
    try {
      const costly = '{ latest(first: 100) { slug authors { name } tags { name } } }';
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await ask(tight, costly)).status);
      expect(statuses).toContain(429);
      expect(statuses.indexOf(429)).toBeGreaterThan(1); // at least one hit was paid for and served
    } finally {
      await tight.stop();
    }
  });
});

describe('response cache limits', () => {
  it('forgets an answer when its max-age is over', async () => {
    const server = await startTestServer('sqlite', {
      RESPONSE_CACHE: 'true',
      CACHE_MAX_AGE_SECONDS: '1',
    });
    try {
      const first = await ask(server, latest);
      await askGet(server, { query: latest });
      expect((await ask(server, latest)).headers.get('x-cache')).toBe('HIT');
      expect((await askGet(server, { query: latest })).headers.get('x-cache')).toBe('HIT');
      await new Promise((r) => setTimeout(r, 1_100));
      // The same requests again (the front door knows them, and their answers are gone): executed anew.
      for (const again of [await ask(server, latest), await askGet(server, { query: latest })]) {
        expect(again.headers.get('x-cache')).toBe('MISS');
        expect(again.json.data).toEqual(first.json.data);
      }
    } finally {
      await server.stop();
    }
  });

  it("names the caller's origin on hits as on misses when CORS_ORIGINS lists origins, and says answers vary by it", async () => {
    const server = await startTestServer('sqlite', {
      RESPONSE_CACHE: 'true',
      CORS_ORIGINS: 'https://cand.com.vn, https://bocongan.gov.vn',
    });
    try {
      const from = (origin: string) => ask(server, latest, undefined, { origin });
      const answers = [
        await from('https://cand.com.vn'),
        await from('https://cand.com.vn'),
        await from('https://bocongan.gov.vn'),
        await from('https://evil.example'),
      ];
      expect(answers.map((a) => a.headers.get('x-cache'))).toEqual(['MISS', 'HIT', 'HIT', 'HIT']);
      expect(answers.map((a) => a.headers.get('access-control-allow-origin'))).toEqual([
        'https://cand.com.vn',
        'https://cand.com.vn',
        'https://bocongan.gov.vn',
        null,
      ]);
      // A shared cache in front must keep one copy per origin: the answers differ by it.
      for (const a of answers)
        expect(a.headers.get('vary')).toBe('Accept, Authorization, X-API-Key, Origin');
      expect(answers[1].headers.get('access-control-expose-headers')).toBe(
        answers[0].headers.get('access-control-expose-headers'),
      );
    } finally {
      await server.stop();
    }
  });

  it('is bounded by bytes: filling it evicts the least recently used answers', async () => {
    const server = await startTestServer('sqlite', {
      RESPONSE_CACHE: 'true',
      RESPONSE_CACHE_MAX_BYTES: '60000',
    });
    try {
      const query = 'query Latest($n: Int) { latest(first: $n) { slug title } }';
      await ask(server, query, { n: 1 });
      expect((await ask(server, query, { n: 1 })).headers.get('x-cache')).toBe('HIT');
      for (let n = 2; n <= 20; n++) await ask(server, query, { n });
      expect((await ask(server, query, { n: 1 })).headers.get('x-cache')).toBe('MISS');
      expect((await ask(server, query, { n: 20 })).headers.get('x-cache')).toBe('HIT');
    } finally {
      await server.stop();
    }
  });
});

const redisServer = program(
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
  testEnv.requireServices,
  'apt-get install redis-server',
);

describe.runIf(redisServer)('response cache shared through Redis', () => {
  let redis: PrivateRedis;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    redis = await startPrivateRedis(redisServer!);
    const env = {
      RESPONSE_CACHE: 'true',
      REDIS_URL: redis.url,
      RATE_LIMIT_NAMESPACE: `cache${process.pid}`,
    };
    // One database behind both gateways, as behind a load balancer.
    a = await startTestServer('sqlite', env);
    b = await startTestServer('sqlite', { ...env, DATABASE_URL: a.db.url });
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
  });

  it('serves at one gateway what the other answered, and keeps serving from memory when Redis goes away', async () => {
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    try {
      await waitFor(
        async () =>
          (await ask(a, '{ __typename }')).status === 200 && (await probe.ping()) === 'PONG',
        'Redis',
      );
      const query = '{ latest(first: 4) { slug title } }';
      let first!: Answer;
      await waitFor(async () => {
        first = await ask(a, query);
        return (await probe.keys(`cache${process.pid}:answer:*`)).length > 0;
      }, 'the answer to reach Redis');
      let atB!: Answer;
      const statements = await statementsDuring(b, async () => (atB = await ask(b, query)));
      expect(atB.headers.get('x-cache')).toBe('HIT');
      expect(statements).toBe(0);
      expect(atB.json.data).toEqual(first.json.data);

      await redis.stop();
      expect((await ask(b, query)).headers.get('x-cache')).toBe('HIT'); // now from B's memory
      const other = await ask(a, '{ latest(first: 2) { slug } }');
      expect(other.status).toBe(200);
      expect(other.headers.get('x-cache')).toBe('MISS');
    } finally {
      probe.disconnect();
    }
  }, 60_000);
});

describe.runIf(redisServer)('a withdrawal reaches every gateway while Redis is away', () => {
  const BOUND_MS = 300;
  let redis: PrivateRedis;
  let a: TestServer;
  let b: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    redis = await startPrivateRedis(redisServer!);
    const env = {
      RESPONSE_CACHE: 'true',
      REDIS_URL: redis.url,
      RATE_LIMIT_NAMESPACE: `away${process.pid}`,
      SHARED_STALE_BOUND_MS: String(BOUND_MS),
    };
    a = await startTestServer('sqlite', env);
    b = await startTestServer('sqlite', { ...env, DATABASE_URL: a.db.url });
    editor = (await createTestKey(a, [KeyScope.EDITOR])).bearer;
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
  });

  const publish = async (title: string) => {
    const res = await a.gql(
      'mutation($i: ArticleInput!) { createArticle(input: $i) { article { id slug version } } }',
      { i: { title, status: 'PUBLISHED' } },
      editor,
    );
    return res.body.data.createArticle.article as { id: string; slug: string; version: number };
  };
  const withdraw = (article: { id: string; version: number }) =>
    a.gql(
      'mutation($id: ID!, $v: Int!) { withdrawArticle(id: $id, version: $v, reason: "Sai") { article { status } } }',
      { id: article.id, v: article.version },
      editor,
    );
  const slugsAt = async (server: TestServer, query: string) =>
    ((await ask(server, query)).json.data.latest as { slug: string }[]).map((x) => x.slug);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("is not served from a gateway's memory past the bound, and not from Redis once it is back", async () => {
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    probe.on('error', () => undefined); // Redis is stopped on purpose
    try {
      const query = '{ latest(first: 3) { slug } }';
      const first = await publish('[synthetic] Tin sẽ bị gỡ khi Redis vắng');
      // Both gateways hold the answer with it (B from memory after its first miss), and Redis too.
      await waitFor(
        async () =>
          (await slugsAt(b, query)).includes(first.slug) &&
          (await ask(b, query)).headers.get('x-cache') === 'HIT',
        'B to cache the answer',
      );
      await waitFor(
        async () => (await probe.keys(`away${process.pid}:answer:*`)).length > 0,
        'the answer to reach Redis',
      );

      await redis.stop();
      expect((await withdraw(first)).body.errors).toBeUndefined();
      // A forgot at once; B cannot hear it, and forgets what it holds within the bound.
      expect(await slugsAt(a, query)).not.toContain(first.slug);
      await sleep(BOUND_MS * 3);
      expect(await slugsAt(b, query)).not.toContain(first.slug);

      // While Redis is away, A withdraws another that B has just cached again.
      const second = await publish('[synthetic] Tin thứ hai, gỡ khi Redis vắng');
      await waitFor(
        async () => (await slugsAt(b, query)).includes(second.slug),
        'B to see the second',
      );
      await redis.start();
      await waitFor(
        async () => (await probe.ping().catch(() => null)) === 'PONG',
        'Redis to be back',
      );
      // B hears again: what it holds is kept past the bound once more (a hit after twice the bound).
      await waitFor(async () => {
        await ask(b, query);
        await sleep(BOUND_MS * 2);
        return (await ask(b, query)).headers.get('x-cache') === 'HIT';
      }, 'B to hear changes again');
      // The shared answers of before the outage (the first article still in them) were retired.
      expect(await slugsAt(b, query)).not.toContain(first.slug);
      await withdraw(second);
      await waitFor(
        async () => !(await slugsAt(b, query)).includes(second.slug),
        'B to hear of the second withdrawal through Redis',
      );
      expect(await slugsAt(b, query)).not.toContain(first.slug);
    } finally {
      probe.disconnect();
    }
  }, 60_000);

  it('is not served past the bound while Redis is frozen (connections open, nothing answered), nor from Redis once it thaws', async () => {
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    probe.on('error', () => undefined);
    try {
      const query = '{ latest(first: 3) { slug } }';
      await waitFor(async () => (await probe.ping().catch(() => null)) === 'PONG', 'Redis');
      const article = await publish('[synthetic] Tin gỡ khi Redis treo');
      await waitFor(
        async () =>
          (await slugsAt(b, query)).includes(article.slug) &&
          (await ask(b, query)).headers.get('x-cache') === 'HIT',
        'B to cache the answer',
      );
      redis.freeze();
      try {
        expect((await withdraw(article)).body.errors).toBeUndefined();
        expect(await slugsAt(a, query)).not.toContain(article.slug);
        // B's subscription is open but silent: its heartbeat notices, and B forgets within the bound.
        await waitFor(
          async () => !(await slugsAt(b, query)).includes(article.slug),
          'B to stop serving the withdrawn article',
          BOUND_MS * 10,
        );
      } finally {
        redis.thaw();
      }
      // Thawed: B hears again (a hit after twice the bound), and the shared answers of before are
      // retired: the withdrawn article is not served from Redis either.
      await waitFor(async () => {
        await ask(b, query);
        await sleep(BOUND_MS * 2);
        return (await ask(b, query)).headers.get('x-cache') === 'HIT';
      }, 'B to hear changes again');
      expect(await slugsAt(b, query)).not.toContain(article.slug);
      expect(await slugsAt(a, query)).not.toContain(article.slug);
    } finally {
      probe.disconnect();
    }
  }, 60_000);
});

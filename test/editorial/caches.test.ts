// What a write does to cached answers: the response cache never serves an answer computed
// before a write (a withdrawn article is gone from the next answer), a scheduled article appears
// at its time without a restart, and with Redis a write on one gateway clears the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv } from '../../src/config.js';
import { startGateway, type Running } from '../../src/bootstrap.js';
import { createLogger } from '../../src/platform/logger.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { program, startPrivateRedis, waitFor, type PrivateRedis } from '../helpers/processes.js';
import {
  createTestKey,
  post,
  startTestServer,
  testConfig,
  type TestServer,
} from '../helpers/server.js';

const drivers = await testDrivers();
const redisServer = program(
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
  testEnv.requireServices,
  'apt-get install redis-server',
);

const LATEST = '{ latest(first: 5) { slug } }';
const CREATE =
  'mutation($input: ArticleInput!) { createArticle(input: $input) { article { id slug version } } }';

/** An anonymous reader's answer and whether it came from the response cache. */
async function read(url: string, query = LATEST) {
  const res = await post(url, { query });
  const body = (await res.json()) as any;
  return {
    cache: res.headers.get('x-cache'),
    slugs: (body.data.latest ?? []).map((a: any) => a.slug) as string[],
    body,
  };
}

describe.each(drivers)('writes and the response cache, on %s', (driver) => {
  let server: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer(driver, {
      RESPONSE_CACHE: 'true',
      CACHE_MAX_AGE_SECONDS: '300',
    });
    editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
  });
  afterAll(async () => server?.stop());

  const create = async (title: string, status = 'PUBLISHED') =>
    (
      await server.gql(
        CREATE,
        {
          input: {
            title,
            status,
            publishedAt:
              status === 'PUBLISHED' ? new Date(Date.now() + 60_000 * 0).toISOString() : undefined,
          },
        },
        editor,
      )
    ).body.data.createArticle.article;

  it('serves no answer from before a publication or a withdrawal', async () => {
    await read(server.url);
    expect((await read(server.url)).cache).toBe('HIT');
    const a = await create('[synthetic] Tin mới nhất cho bộ nhớ đệm');
    const afterPublish = await read(server.url);
    expect(afterPublish.cache).toBe('MISS');
    expect(afterPublish.slugs[0]).toBe(a.slug);
    expect((await read(server.url)).cache).toBe('HIT');
    const withdrawn = await server.gql(
      'mutation($id: ID!) { withdrawArticle(id: $id, version: 1, reason: "Sai sự thật") { article { status } } }',
      { id: a.id },
      editor,
    );
    expect(withdrawn.body.data.withdrawArticle.article.status).toBe('WITHDRAWN');
    const afterWithdrawal = await read(server.url);
    expect(afterWithdrawal.cache).toBe('MISS');
    expect(afterWithdrawal.slugs).not.toContain(a.slug);
  });

  it('shows a scheduled article at its time, without a restart, though the answer before it was cached', async () => {
    const draft = await create('[synthetic] Tin hẹn giờ đăng', 'DRAFT');
    const at = new Date(Date.now() + 2_000);
    const scheduled = await server.gql(
      'mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, version: 1, at: $at) { article { status publishedAt } } }',
      { id: draft.id, at: at.toISOString() },
      editor,
    );
    expect(scheduled.body.data.publishArticle.article.status).toBe('PUBLISHED');
    expect((await read(server.url)).slugs).not.toContain(draft.slug);
    const cached = await read(server.url);
    expect(cached.cache).toBe('HIT');
    expect(cached.slugs).not.toContain(draft.slug);
    // At its time (polled with a deadline, not a fixed sleep), and never before it.
    await waitFor(
      async () => (await read(server.url)).slugs[0] === draft.slug,
      'the scheduled article to appear',
      15_000,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    const page = await post(server.url, { query: `{ article(slug: "${draft.slug}") { slug } }` });
    expect(((await page.json()) as any).data.article).toEqual({ slug: draft.slug });
  });
});

describe.runIf(redisServer)(
  'a write on one gateway clears the cached answers of another (Redis)',
  () => {
    let redis: PrivateRedis;
    let a: TestServer;
    let b: Running;
    beforeAll(async () => {
      redis = await startPrivateRedis(redisServer!);
      const env = {
        REDIS_URL: redis.url,
        RATE_LIMIT_NAMESPACE: `cache${process.pid}`,
        RESPONSE_CACHE: 'true',
        CACHE_MAX_AGE_SECONDS: '300',
      };
      a = await startTestServer('sqlite', env);
      // A second gateway on the same database, as behind a load balancer.
      const config = testConfig(a.db.url, env);
      b = await startGateway(config, createLogger(config));
    }, 60_000);
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
      await redis?.stop();
    });

    it('B stops serving its cached answer as soon as A writes', async () => {
      const editor = (await createTestKey(a, [KeyScope.EDITOR])).bearer;
      await read(b.url);
      await waitFor(async () => (await read(b.url)).cache === 'HIT', 'B to cache the answer');
      const created = (
        await a.gql(
          CREATE,
          { input: { title: '[synthetic] Viết ở cổng A', status: 'PUBLISHED' } },
          editor,
        )
      ).body.data.createArticle.article;
      await waitFor(
        async () => (await read(b.url)).slugs[0] === created.slug,
        'B to show the new article',
      );
    });
  },
);

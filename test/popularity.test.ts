// Views and popularity through HTTP: counting rules, windows, most read, beacons, durability.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { Article, ArticleStatus } from '../src/modules/article/article.entity.js';
import { ViewIngest } from '../src/modules/popularity/view-ingest.js';
import { MostReadCache, PopularityWindow } from '../src/modules/popularity/popularity.js';
import { daysBefore, portalDay } from '../src/text/portal-time.js';
import { testDrivers } from './helpers/databases.js';
import { addSyntheticArticles } from './helpers/fixtures.js';
import { startTestServer, type GqlResponse, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';

const drivers = await testDrivers();

const articleId = graphql(`query PopularityArticleId($s: String) { article(slug: $s) { id } }`);
const viewsById = graphql(`query PopularityViewsById($id: ID!) { article(id: $id) { views } }`);
const viewsBySlug = graphql(
  `query PopularityViewsBySlug($slug: String!) { article(slug: $slug) { views } }`,
);
const allTimeRanking = graphql(
  `query PopularityAllTime { mostRead(window: ALL_TIME, first: 100) { views } }`,
);
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.map((e) => e.extensions?.code);
const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

describe.each(drivers)('views and popularity on %s', (driver) => {
  let server: TestServer;
  let ids: Record<string, string>;
  const idOf = async (slug: string) =>
    (await server.query(articleId, { s: slug })).data.article!.id;
  const view = (articleId: string, userAgent = browser) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { recordView(articleId: $id) }',
        variables: { id: articleId },
      }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as GqlResponse['body'] }));
  /** Writes past days' counters directly, as if counted then. */
  const addBucket = async (slug: string, daysAgo: number, views: number) => {
    const em = server.running.orm.em.fork() as EntityManager;
    const article = await em.findOneOrFail(Article, { slug });
    await em
      .getKnex()('article_view_day')
      .insert({ article_id: article.id, day: daysBefore(portalDay(new Date()), daysAgo), views });
  };

  beforeAll(async () => {
    server = await startTestServer(driver, { MOST_READ_CACHE_MS: '0' });
    await addSyntheticArticles(server.running.orm, 12);
    await addSyntheticArticles(server.running.orm, 1, {
      prefix: 'draft',
      status: ArticleStatus.DRAFT,
    });
    ids = { a0: await idOf('synthetic-article-0'), a1: await idOf('synthetic-article-1') };
  });
  afterAll(async () => server?.stop());

  it('counts a view, once per visitor within the window, and never a bot', async () => {
    expect((await view(ids.a0)).body.data.recordView).toBe(true);
    expect((await view(ids.a0)).body.data.recordView).toBe(false); // same visitor again
    expect((await view(ids.a0, `${browser} other`)).body.data.recordView).toBe(true);
    expect(
      (await view(ids.a0, 'Googlebot/2.1 (+http://www.google.com/bot.html)')).body.data.recordView,
    ).toBe(false);
    const { data } = await server.query(
      graphql(
        `query PopularityDayAndAll($id: ID!) { article(id: $id) { day: views(window: DAY) all: views } }`,
      ),
      { id: ids.a0 },
    );
    expect(data.article).toEqual({ day: 2, all: 2 });
  });

  it('refuses unknown, unpublished and non-article ids, and writes nothing', async () => {
    const draft = (
      await server.running.orm.em.fork().findOneOrFail(Article, { slug: 'draft-article-0' })
    ).id;
    const before = await server.query(allTimeRanking);
    for (const [id, code] of [
      [Buffer.from(`Article:${draft}`).toString('base64url'), 'NOT_FOUND'],
      [Buffer.from('Article:999999').toString('base64url'), 'NOT_FOUND'],
      [Buffer.from('Person:1').toString('base64url'), 'BAD_USER_INPUT'],
      ['%%%', 'BAD_USER_INPUT'],
    ] as const) {
      const res = await view(id, `${browser} ${id}`);
      expect(codes(res.body), id).toEqual([code]);
    }
    const after = await server.query(allTimeRanking);
    expect(after.data).toEqual(before.data);
    const em = server.running.orm.em.fork() as EntityManager;
    const [{ n }] = await em
      .getKnex()('article_view_day')
      .where('article_id', draft)
      .count('* as n');
    expect(Number(n)).toBe(0);
  });

  it('sums views over portal-day windows: today, 7 days, 30 days, all time', async () => {
    await addBucket('synthetic-article-5', 0, 1);
    await addBucket('synthetic-article-5', 6, 10);
    await addBucket('synthetic-article-5', 7, 100);
    await addBucket('synthetic-article-5', 29, 1000);
    await addBucket('synthetic-article-5', 30, 10000);
    const { data } = await server.query(
      graphql(`query PopularityWindows { article(slug: "synthetic-article-5") {
      day: views(window: DAY) week: views(window: WEEK) month: views(window: MONTH) all: views(window: ALL_TIME) } }`),
    );
    expect(data.article).toEqual({ day: 1, week: 11, month: 1111, all: 11111 });
  });

  it('ranks most read by window and category, published articles only', async () => {
    await addBucket('synthetic-article-3', 1, 500);
    await addBucket('synthetic-article-4', 2, 300);
    await addBucket('synthetic-article-4', 20, 900);
    await addBucket('draft-article-0', 0, 99999);
    const { data } = await server.query(
      graphql(`query PopularityRankings {
      week: mostRead(first: 3) { rank views article { slug } countedAt }
      month: mostRead(window: MONTH, first: 2) { rank views article { slug } }
      cat: mostRead(window: WEEK, category: "synthetic-category", first: 1) { article { slug } }
      none: mostRead(category: "tin-tuc") { rank }
    }`),
    );
    expect(data.week.map((r) => [r.rank, r.views, r.article.slug])).toEqual([
      [1, 500, 'synthetic-article-3'],
      [2, 300, 'synthetic-article-4'],
      [3, 11, 'synthetic-article-5'],
    ]);
    expect(Date.parse(data.week[0].countedAt)).toBeGreaterThan(0);
    expect(data.month.map((r) => r.article.slug)).toEqual([
      'synthetic-article-4',
      'synthetic-article-5',
    ]); // 1200 vs 1111
    expect(data.cat).toEqual([{ article: { slug: 'synthetic-article-3' } }]);
    expect(data.none).toEqual([]);
    const bad = await server.gql('{ mostRead(first: 101) { rank } }');
    expect(codes(bad.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('takes beacons at POST /views as JSON and as text/plain', async () => {
    const post = (body: string, type: string, userAgent = browser) =>
      fetch(`${server.url}/views`, {
        method: 'POST',
        headers: { 'content-type': type, 'user-agent': userAgent },
        body,
      });
    const json = await post(
      JSON.stringify({ articleId: ids.a1 }),
      'application/json',
      `${browser} beacon-1`,
    );
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ counted: true });
    const text = await post(
      JSON.stringify({ articleId: ids.a1 }),
      'text/plain;charset=UTF-8',
      `${browser} beacon-2`,
    );
    expect(await text.json()).toEqual({ counted: true });
    // Not counted, and saying why: the same visitor again, and a crawler.
    const again = await post(
      JSON.stringify({ articleId: ids.a1 }),
      'application/json',
      `${browser} beacon-1`,
    );
    expect(await again.json()).toEqual({ counted: false, reason: 'repeat' });
    const bot = await post(
      JSON.stringify({ articleId: ids.a1 }),
      'application/json',
      'Googlebot/2.1 (+http://www.google.com/bot.html)',
    );
    expect(await bot.json()).toEqual({ counted: false, reason: 'bot' });
    const missing = await post('{}', 'application/json');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as GqlResponse['body']).errors![0].extensions!.code).toBe(
      'BAD_USER_INPUT',
    );
    const garbage = await post('not json', 'text/plain');
    expect(garbage.status).toBe(400);
    const unknown = await post(
      JSON.stringify({ articleId: Buffer.from('Article:424242').toString('base64url') }),
      'application/json',
    );
    expect(unknown.status).toBe(404);
    expect((await server.query(viewsById, { id: ids.a1 })).data.article?.views).toBe(2);
  });

  it('keeps every acknowledged view across a restart', async () => {
    const agents = Array.from({ length: 40 }, (_, i) => `${browser} visitor-${i}`);
    const results = await Promise.all(agents.map((ua) => view(ids.a1, ua)));
    expect(results.every((r) => r.body.data?.recordView === true)).toBe(true);
    await server.restart();
    expect((await server.query(viewsById, { id: ids.a1 })).data.article?.views).toBe(42);
  });

  it('writes views arriving together in one transaction, and loses none', async () => {
    const ingest = new ViewIngest(server.running.orm, { batchWindowMs: 5, batchMax: 5000 });
    const em = server.running.orm.em.fork();
    const article = await em.findOneOrFail(Article, { slug: 'synthetic-article-7' });
    await Promise.all(Array.from({ length: 1000 }, () => ingest.record(article.id, 1)));
    expect(ingest.batches).toBe(1);
    // More than one batch's worth: split, all stored.
    const small = new ViewIngest(server.running.orm, { batchWindowMs: 5, batchMax: 100 });
    await Promise.all(Array.from({ length: 1000 }, () => small.record(article.id, 1)));
    expect(small.batches).toBe(10);
    await Promise.all([ingest.close(), small.close()]);
    expect(
      (await server.query(viewsBySlug, { slug: 'synthetic-article-7' })).data.article?.views,
    ).toBe(2000);
  });

  it('ranks most read once for requests that miss the cache together, and again after a write', async () => {
    const cache = new MostReadCache(60_000);
    const em = () => server.running.orm.em.fork() as EntityManager;
    const together = await Promise.all(
      Array.from({ length: 6 }, () => cache.ranking(em(), PopularityWindow.MONTH, 5)),
    );
    // One computation: every request got the very entry it made.
    for (const entry of together) expect(entry).toBe(together[0]);
    expect(await cache.ranking(em(), PopularityWindow.MONTH, 5)).toBe(together[0]);
    cache.clear();
    const after = await cache.ranking(em(), PopularityWindow.MONTH, 5);
    expect(after).not.toBe(together[0]);
    expect(after.rows.map((r) => r.row.id)).toEqual(together[0].rows.map((r) => r.row.id));
  });

  it('costs one statement per window for views on a page of any size', async () => {
    const q = graphql(
      `query PopularityPageViews($n: Int) { articles(first: $n) { nodes { slug week: views(window: WEEK) all: views } } }`,
    );
    const small = await server.query(q, { n: 5 });
    const large = await server.query(q, { n: 12 });
    expect(large.data.articles.nodes).toHaveLength(12);
    expect(small.sql).toBe(large.sql);
    expect(small.sql).toBe(3); // page + WEEK + ALL_TIME
  });

  it('serves view counts from memory for MOST_READ_CACHE_MS, then counts again', async () => {
    const cached = await startTestServer(driver, {
      MOST_READ_CACHE_MS: '400',
      RESPONSE_CACHE: 'false',
    });
    try {
      await addSyntheticArticles(cached.running.orm, 3, { prefix: 'counted' });
      const q = graphql(
        `query PopularityCachedViews { articles(first: 3, filter: { category: "counted-category" }) { nodes { slug week: views(window: WEEK) all: views } } }`,
      );
      const first = await cached.query(q);
      const em = cached.running.orm.em.fork() as EntityManager;
      const article = await em.findOneOrFail(Article, { slug: first.data.articles.nodes[0].slug });
      await em
        .getKnex()('article_view_day')
        .insert({ article_id: article.id, day: portalDay(new Date()), views: 5 });
      // Within the time: the same counts, and no statement for them (only the page's).
      const again = await cached.query(q);
      expect(again.data).toEqual(first.data);
      expect(again.sql).toBe(first.sql - 2);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const later = await cached.query(q);
      expect(later.data.articles.nodes[0].week).toBe(first.data.articles.nodes[0].week + 5);
      expect(later.data.articles.nodes[0].all).toBe(first.data.articles.nodes[0].all + 5);
    } finally {
      await cached.stop();
    }
  });
});

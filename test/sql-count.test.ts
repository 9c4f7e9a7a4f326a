// No N+1: a page costs the same number of SQL statements whatever its size.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalDay } from '../src/text/portal-time.js';
import { testDrivers } from './helpers/databases.js';
import { addSyntheticArticles } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';

const drivers = await testDrivers();

const articlesPage = graphql(`query SqlArticlesPage($first: Int!) {
  articles(first: $first, filter: { category: "synthetic-category" }) {
    nodes {
      title
      authors { name } category { name } tags { name } images { caption }
      people { name } organisations { name } events { name } places { name }
    }
  }
}`);

const peoplePage = graphql(`query SqlPeoplePage($first: Int!) {
  people(first: $first) { nodes { name positions { title organisation { name } } articles(first: 3) { totalCount nodes { title tags { name } } } } }
}`);

const articlesWithBody = graphql(`query SqlArticlesWithBody($first: Int!) {
  articles(first: $first) { totalCount nodes { body blocks { __typename ... on ImageBlock { image { caption } } } } }
}`);

describe.each(drivers)('SQL statements per request on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await addSyntheticArticles(server.running.orm, 60);
  });
  afterAll(async () => server?.stop());

  it('articles(first: N) with every relation: 2 statements for N = 5 and N = 50', async () => {
    const small = await server.query(articlesPage, { first: 5 });
    const large = await server.query(articlesPage, { first: 50 });
    expect(large.data.articles.nodes).toHaveLength(50);
    expect(large.data.articles.nodes[49].authors).toHaveLength(1);
    expect(large.data.articles.nodes[49].images).toHaveLength(2);
    // The page, and one for every relation of its articles (authors, category, tags, images,
    // people, organisations, events, places).
    expect(small.sql).toBe(2);
    expect(large.sql).toBe(small.sql);
  });

  it('adding totalCount and body adds a fixed number of statements', async () => {
    const small = await server.query(articlesWithBody, { first: 5 });
    const large = await server.query(articlesWithBody, { first: 50 });
    expect(large.data.articles.nodes).toHaveLength(50);
    expect(large.sql).toBe(small.sql);
    expect(small.sql).toBeLessThanOrEqual(4);
  });

  it('nested connections batch: people with their articles cost the same for 2 or 6 people', async () => {
    const small = await server.query(peoplePage, { first: 2 });
    const large = await server.query(peoplePage, { first: 6 });
    expect(large.data.people.nodes).toHaveLength(6);
    expect(large.sql).toBe(small.sql);
    expect(small.sql).toBeLessThanOrEqual(7);
  });
});

const homePage = graphql(`query SqlHomePage($n: Int!) {
  latest(first: $n) {
    slug title lead publishedAt url
    authors { name } category { name slug } tags { name slug } images { url caption alt }
    views(window: WEEK)
    related(first: 3) { score article { slug title } }
  }
  mostRead(window: WEEK, first: 10) { rank views article { slug title } }
}`);

const articlePage = graphql(`query SqlArticlePage($slug: String!, $n: Int!) {
  article(slug: $slug) {
    title lead publishedAt updatedAt url body
    blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }
    authors { name slug } category { name } tags { name } images { caption }
    people { name rank title } organisations { name shortName } events { name startsAt } places { name }
    views related(first: $n) { score reasons article { slug title publishedAt } }
  }
  mostRead(first: $n) { rank views article { slug title } }
}`);

describe.each(drivers)('page operations on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { MOST_READ_CACHE_MS: '0', RELATED_CACHE_MS: '0' });
    await addSyntheticArticles(server.running.orm, 60);
    // Views for every synthetic article, so most-read lists are full.
    const knex = (server.running.orm.em as EntityManager).getKnex();
    const ids: { id: number }[] = await knex('article')
      .select('id')
      .where('slug', 'like', 'synthetic-article-%');
    const today = portalDay(new Date());
    await knex('article_view_day').insert(
      ids.map(({ id }) => ({ article_id: id, day: today, views: id })),
    );
  });
  afterAll(async () => server?.stop());

  it('home page: 8 statements for 5 or 50 articles', async () => {
    const small = await server.query(homePage, { n: 5 });
    const large = await server.query(homePage, { n: 50 });
    expect(large.data.latest).toHaveLength(50);
    expect(large.data.latest[10].related).toHaveLength(3);
    expect(large.data.mostRead).toHaveLength(10);
    // latest, its relations (authors, category, tags, images: one), views WEEK, related (3: links
    // and pins, the newest articles of each linked thing, the winners), mostRead (2: the window's
    // best sums from the index, then those articles by id).
    expect(small.sql).toBe(8);
    expect(large.sql).toBe(small.sql);
  });

  it('article page: 8 statements for 5 or 20 related and most-read', async () => {
    const small = await server.query(articlePage, { slug: 'synthetic-article-10', n: 5 });
    const large = await server.query(articlePage, { slug: 'synthetic-article-10', n: 20 });
    expect(large.data.article?.related).toHaveLength(20);
    expect(large.data.mostRead).toHaveLength(20);
    // article, its relations (category and the 8 lists, blocks too: one; block images and the
    // body's come from the same `images`), views, related (3), mostRead (2).
    expect(small.sql).toBe(8);
    expect(large.sql).toBe(small.sql);
  });

  it('home page again within the cache time: the most-read ranking, related articles and view counts come from memory', async () => {
    const cached = await startTestServer(driver);
    try {
      await addSyntheticArticles(cached.running.orm, 30);
      const first = await cached.query(homePage, { n: 20 });
      const again = await cached.query(homePage, { n: 20 });
      expect(again.data).toEqual(first.data);
      // No views here: the most-read ranking is empty, so its second statement never runs. Again:
      // no ranking, no related news (links, candidates, the chosen articles), no view counts:
      // the list and its relations.
      expect(first.sql).toBe(7);
      expect(again.sql).toBe(2);
    } finally {
      await cached.stop();
    }
  });
});

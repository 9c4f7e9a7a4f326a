// No N+1: a page costs the same number of SQL statements whatever its size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from './helpers/databases.js';
import { addSyntheticArticles } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const drivers = await testDrivers();

const articlesPage = `query($first: Int!) {
  articles(first: $first, filter: { category: "synthetic-category" }) {
    nodes {
      title
      authors { name } category { name } tags { name } images { caption }
      people { name } organisations { name } events { name } places { name }
    }
  }
}`;

const peoplePage = `query($first: Int!) {
  people(first: $first) { nodes { name positions { title organisation { name } } articles(first: 3) { totalCount nodes { title tags { name } } } } }
}`;

describe.each(drivers)('SQL statements per request on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await addSyntheticArticles(server.running.orm, 60);
  });
  afterAll(async () => server?.stop());

  it('articles(first: N) with every relation: 9 statements for N = 5 and N = 50', async () => {
    const small = await server.gql(articlesPage, { first: 5 });
    const large = await server.gql(articlesPage, { first: 50 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data.articles.nodes).toHaveLength(50);
    expect(large.body.data.articles.nodes[49].authors).toHaveLength(1);
    expect(large.body.data.articles.nodes[49].images).toHaveLength(2);
    // 1 page + one each for authors, category, tags, images, people, organisations, events, places.
    expect(small.sql).toBe(9);
    expect(large.sql).toBe(small.sql);
  });

  it('adding totalCount and body adds a fixed number of statements', async () => {
    const q = `query($first: Int!) { articles(first: $first) { totalCount nodes { body blocks { __typename ... on ImageBlock { image { caption } } } } } }`;
    const small = await server.gql(q, { first: 5 });
    const large = await server.gql(q, { first: 50 });
    expect(large.body.errors).toBeUndefined();
    expect(large.sql).toBe(small.sql);
    expect(small.sql).toBeLessThanOrEqual(4);
  });

  it('nested connections batch: people with their articles cost the same for 2 or 6 people', async () => {
    const small = await server.gql(peoplePage, { first: 2 });
    const large = await server.gql(peoplePage, { first: 6 });
    expect(large.body.errors).toBeUndefined();
    expect(large.body.data.people.nodes).toHaveLength(6);
    expect(large.sql).toBe(small.sql);
    expect(small.sql).toBeLessThanOrEqual(7);
  });
});

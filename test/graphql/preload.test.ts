// Lists of articles load the relations their query selects before GraphQL walks them
// (modules/article/article.preload.ts). However the selection is written (fields, fragments,
// inline fragments, aliases, edges or nodes, @skip), the answer and its statements are the same.
import { buildSchema, executeSync, parse, type GraphQLResolveInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsBelow } from '../../src/graphql/selection.js';
import { testDrivers } from '../helpers/databases.js';
import { addSyntheticArticles } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

const relations = `authors { slug } category { slug } tags { slug } images { caption } people { slug }
  organisations { slug } events { slug } places { slug } blocks { __typename ... on ParagraphBlock { text } }`;

const direct = `query Direct { articles(first: 40, orderBy: UPDATED_AT_ASC) { nodes { slug ${relations} } } }`;

const throughFragments = `query ThroughFragments {
  articles(first: 40, orderBy: UPDATED_AT_ASC) { edges { node { ...Card ... on Article { mentioned: people { slug } organisations { slug } } } } }
}
fragment Card on Article { slug authors { slug } ...Section tags { slug } images { caption } events { slug } places { slug }
  blocks { __typename ... on ParagraphBlock { text } } }
fragment Section on Article { category { slug } }`;

const latestDirect = `{ latest(first: 30) { slug ${relations} } }`;
const latestSkipping = `query Skipping($noPeople: Boolean!) { latest(first: 30) { slug ... on Article { authors { slug } people @skip(if: $noPeople) { slug } } tags { slug } } }`;

describe.each(drivers)('relations loaded ahead for lists of articles, on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await addSyntheticArticles(server.running.orm, 40);
  });
  afterAll(async () => server?.stop());

  it('answers a page the same through fragments, inline fragments, aliases and edges, with the same statements', async () => {
    const a = await server.gql(direct);
    const b = await server.gql(throughFragments);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    const nodes = a.body.data.articles.nodes;
    expect(nodes).toHaveLength(40);
    expect(
      nodes.some((n: any) => n.authors.length > 0 && n.tags.length > 0 && n.blocks.length > 0),
    ).toBe(true);
    const fromEdges = b.body.data.articles.edges.map(({ node: { mentioned, ...rest } }: any) => ({
      ...rest,
      people: mentioned,
    }));
    const sorted = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
    expect(fromEdges.map(sorted)).toEqual(nodes.map(sorted));
    // The page, one statement for the section and seven lists, and one for the blocks.
    expect(a.sql).toBe(3);
    expect(b.sql).toBe(a.sql);
  });

  it('gives the relations of an article in one statement exactly as their own loaders do, every column', async () => {
    // Every column of every related object: the one statement carries rows as JSON (dates as
    // text, an organisation's aliases as JSON), so each kind of column is checked against the
    // loaders' own rows. `article(slug:)` loads ahead; `node(id:)` does not, and asks each loader.
    const everything = `id slug title authors { slug name rank title } category { slug name position }
      tags { slug name } images { url caption alt credit width height }
      people { slug name rank title } organisations { slug name shortName aliases kind }
      events { slug name shortName kind startsAt endsAt datePrecision dateText attendeeCount countryCount }
      places { slug name kind } blocks { __typename ... on ParagraphBlock { text html } ... on ImageBlock { image { url caption } } } body`;
    const list = await server.gql(
      `{ articles(first: 50, orderBy: UPDATED_AT_ASC) { nodes { slug } } }`,
    );
    const slugs: string[] = list.body.data.articles.nodes.map((n: { slug: string }) => n.slug);
    let compared = 0;
    for (const slug of slugs) {
      const ahead = await server.gql(
        `query($slug: String!) { article(slug: $slug) { ${everything} } }`,
        { slug },
      );
      expect(ahead.body.errors).toBeUndefined();
      const one = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Article { ${everything} } } }`,
        { id: ahead.body.data.article.id },
      );
      expect(one.body.errors).toBeUndefined();
      expect(ahead.body.data.article).toEqual(one.body.data.node);
      compared +=
        ahead.body.data.article.organisations.length + ahead.body.data.article.events.length;
    }
    // The source article (seeded) has organisations with aliases and dated events.
    expect(compared).toBeGreaterThan(0);
  });

  it('answers latest alike, and leaves out what @skip leaves out', async () => {
    const all = await server.gql(latestDirect);
    expect(all.body.errors).toBeUndefined();
    const skipping = await server.gql(latestSkipping, { noPeople: true });
    const keeping = await server.gql(latestSkipping, { noPeople: false });
    expect(skipping.body.data.latest[0]).not.toHaveProperty('people');
    const pick = (list: any[], keys: string[]) =>
      list.map((n) => Object.fromEntries(keys.map((k) => [k, n[k]])));
    expect(pick(keeping.body.data.latest, ['slug', 'authors', 'people', 'tags'])).toEqual(
      pick(all.body.data.latest, ['slug', 'authors', 'people', 'tags']),
    );
    expect(pick(skipping.body.data.latest, ['slug', 'authors', 'tags'])).toEqual(
      pick(all.body.data.latest, ['slug', 'authors', 'tags']),
    );
  });
});

describe('fieldsBelow', () => {
  const schema =
    buildSchema(`type Query { articles: Conn } type Conn { nodes: [A] edges: [E] } type E { node: A cursor: String }
    type A { slug: String authors: [P] tags: [P] category: P } type P { slug: String }`);
  const below = (query: string, path: string[]) => {
    let seen: Set<string> | undefined;
    const result = executeSync({
      schema,
      document: parse(query),
      rootValue: {
        articles: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => (
          (seen = fieldsBelow(info, path)),
          {}
        ),
      },
    });
    expect(result.errors).toBeUndefined();
    return [...seen!].sort();
  };

  it('names the fields selected below a path, through fragments, inline fragments and aliases', () => {
    const query = `{ articles { nodes { slug writers: authors { slug } ... on A { tags { slug } } ...F } edges { cursor node { category { slug } } } } }
      fragment F on A { ...G } fragment G on A { category { slug } }`;
    expect(below(query, ['nodes'])).toEqual(['authors', 'category', 'slug', 'tags']);
    expect(below(query, ['edges', 'node'])).toEqual(['category']);
    expect(below(query, [])).toEqual(['edges', 'nodes']);
    expect(below(query, ['pageInfo'])).toEqual([]);
  });
});

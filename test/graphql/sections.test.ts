// The sections (categories) are held in memory: an article's section costs no statement, is the
// database's, and one added or renamed since the gateway read them is still named right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../helpers/databases.js';
import { addSyntheticArticles } from '../helpers/fixtures.js';
import { waitFor } from '../helpers/processes.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const section = 'id slug name position parent { slug }';

describe.each(drivers)('sections on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { RESPONSE_CACHE: 'false', SECTIONS_CACHE_MS: '300' });
  });
  afterAll(async () => server?.stop());

  it("names each article's section from memory, as the database has it, with no statement for it", async () => {
    const withSections = await server.gql(
      `{ articles(first: 50) { nodes { slug category { ${section} } } } }`,
    );
    expect(withSections.body.errors).toBeUndefined();
    const without = await server.gql(`{ articles(first: 50) { nodes { slug } } }`);
    expect(withSections.sql).toBe(without.sql);
    // As the database has them (`category(slug:)` reads its row).
    const named = withSections.body.data.articles.nodes.filter(
      (n: { category: unknown }) => n.category,
    );
    expect(named.length).toBeGreaterThan(0);
    for (const { category } of named) {
      const fromDatabase = await server.gql(
        `query($slug: String!) { category(slug: $slug) { ${section} } }`,
        { slug: category.slug },
      );
      expect(category).toEqual(fromDatabase.body.data.category);
    }
  });

  it('names a section added since it read them (from the database) and one renamed, once SECTIONS_CACHE_MS has passed', async () => {
    // A new section, with articles in it, after the gateway started.
    await addSyntheticArticles(server.running.orm, 3, { prefix: 'sections' });
    const list = `{ articles(first: 3, filter: { category: "sections-category" }) { nodes { category { slug name } } } }`;
    const added = await server.gql(list);
    expect(
      added.body.data.articles.nodes.map((n: { category: { slug: string } }) => n.category.slug),
    ).toEqual(Array(3).fill('sections-category'));
    // Renamed by an operator, outside the API.
    await server.running.orm.em
      .fork()
      .getConnection()
      .execute(`update category set name = 'Đã đổi tên' where slug = 'sections-category'`);
    // Shown once the sections are read again (SECTIONS_CACHE_MS): polled, with a deadline.
    const names = async () =>
      ((await server.gql(list)).body.data.articles.nodes as { category: { name: string } }[]).map(
        (n) => n.category.name,
      );
    await waitFor(
      async () => (await names()).every((name) => name === 'Đã đổi tên'),
      'the renamed section to show',
      15_000,
    );
    expect(await names()).toEqual(Array(3).fill('Đã đổi tên'));
  });
});

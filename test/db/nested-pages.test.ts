// The articles of a person or a tag, a page at a time, on enough articles (1,200) that the
// newest-first window (article.query.ts, pagesOf) fills: a popular parent's pages come from the
// window, a rare one's from all of its links, and both must be exactly the parent's visible
// articles, newest first (unknown dates last), across cursors, on both databases.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../seeds/synthetic.js';
import { testDrivers } from '../helpers/databases.js';
import { startTestServer, type GqlResponse, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const links = {
  person: [
    ['article_people', 'person_id'],
    ['article_authors', 'person_id'],
  ],
  tag: [['article_tags', 'tag_id']],
} as const;

describe.each(drivers)('nested article pages on %s', (driver) => {
  let server: TestServer;
  const em = () => server.running.orm.em.fork() as EntityManager;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await generateSynthetic(em(), { articles: 1_200 });
  }, 120_000);
  afterAll(async () => server?.stop());

  /** The parent's visible articles, newest first, unknown dates last: computed here, not by the gateway. */
  async function expected(kind: keyof typeof links, slug: string): Promise<string[]> {
    const knex = em().getKnex();
    const [parent] = await knex(kind).select('id').where('slug', slug);
    const ids = new Set<number>();
    for (const [table, column] of links[kind]) {
      for (const r of await knex(table).select('article_id').where(column, parent.id))
        ids.add(Number(r.article_id));
    }
    const rows: { slug: string; id: number; status: string; published_at: unknown }[] = await knex(
      'article',
    )
      .select('slug', 'id', 'status', 'published_at')
      .whereIn('id', [...ids]);
    const time = (v: unknown) => (v === null ? null : new Date(v as string | number).getTime());
    const now = Date.now();
    return rows
      .filter(
        (r) =>
          r.status === 'PUBLISHED' &&
          (time(r.published_at) === null || time(r.published_at)! <= now),
      )
      .sort((a, b) => {
        const [x, y] = [time(a.published_at), time(b.published_at)];
        if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
        return Number(b.id) - Number(a.id);
      })
      .map((r) => r.slug);
  }

  /** Pages through the parent's articles with the gateway's cursors, up to `pages` pages. */
  async function paged(kind: keyof typeof links, slug: string, pages: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < pages; i++) {
      const res: GqlResponse = await server.gql(
        `query ($s: String!, $a: String) { ${kind}(slug: $s) { articles(first: 7, after: $a) { nodes { slug } pageInfo { hasNextPage endCursor } } } }`,
        { s: slug, a: after },
      );
      expect(res.body.errors).toBeUndefined();
      const page: {
        nodes: { slug: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = res.body.data[kind].articles;
      seen.push(...page.nodes.map((n: { slug: string }) => n.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return seen;
  }

  /** Parents of this kind by how many articles link to them: the most and the fewest (at least one). */
  async function parentsOf(kind: keyof typeof links): Promise<{ popular: string; rare: string }> {
    const knex = em().getKnex();
    const [table, column] = links[kind][0];
    const counted = await knex(`${table} as l`)
      .join(`${kind} as p`, 'p.id', `l.${column}`)
      .select('p.slug')
      .count('* as n')
      .groupBy('p.slug')
      .orderBy([{ column: 'n', order: 'desc' }, { column: 'p.slug' }]);
    return { popular: String(counted[0].slug), rare: String(counted.at(-1)!.slug) };
  }

  it.each(['person', 'tag'] as const)(
    '%s: a popular and a rare parent page exactly as their articles sort, across cursors',
    async (kind) => {
      const { popular, rare } = await parentsOf(kind);
      const popularExpected = await expected(kind, popular);
      expect(popularExpected.length).toBeGreaterThan(21);
      expect(await paged(kind, popular, 4)).toEqual(popularExpected.slice(0, 28));
      const rareExpected = await expected(kind, rare);
      expect(await paged(kind, rare, 100)).toEqual(rareExpected);
    },
  );
});

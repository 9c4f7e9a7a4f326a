// The synthetic generator: deterministic, labelled, never in the default seed.
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { generateSynthetic, SYNTHETIC_TAG } from '../../seeds/synthetic.js';
import { startTestServer } from '../helpers/server.js';
import { graphql } from '../generated/index.js';

const now = new Date('2026-01-15T03:00:00Z');

async function generated(articles: number) {
  const server = await startTestServer('sqlite');
  await generateSynthetic(server.running.orm.em.fork() as EntityManager, {
    articles,
    seed: 7,
    now,
  });
  return server;
}

describe('synthetic content', () => {
  it('is labelled, linked, and has 30 days of views', async () => {
    const server = await generated(40);
    try {
      const { data } = await server.query(
        graphql(`query SyntheticArticles($tag: String!) {
          articles(first: 100, filter: { tag: $tag }) { totalCount nodes { slug title tags { slug } people { name } views } }
          seedOnly: articles(first: 100) { totalCount }
        }`),
        { tag: SYNTHETIC_TAG },
      );
      const nodes = data.articles.nodes;
      expect(data.articles.totalCount).toBe(40);
      expect(data.seedOnly.totalCount).toBe(60); // 20 from the portal seed + 40
      for (const a of nodes) {
        expect(a.slug).toMatch(/^tong-hop-/);
        expect(a.title).toMatch(/^\[Tổng hợp\] /);
        expect(a.people.length).toBeGreaterThan(0);
        expect(a.people.every((p) => p.name.startsWith('[Tổng hợp]'))).toBe(true);
      }
      const days: { n: number }[] = await (server.running.orm.em as EntityManager)
        .getKnex()('article_view_day')
        .countDistinct('day as n');
      expect(Number(days[0].n)).toBe(30);
    } finally {
      await server.stop();
    }
  });

  it('writes the same content for the same seed', async () => {
    const titles = async () => {
      const server = await generated(25);
      try {
        const { data } = await server.query(
          graphql(
            `query SyntheticOldestFirst($tag: String!) { articles(first: 100, filter: { tag: $tag }, orderBy: PUBLISHED_AT_ASC) { nodes { slug views tags { slug } } } }`,
          ),
          { tag: SYNTHETIC_TAG },
        );
        return data.articles.nodes;
      } finally {
        await server.stop();
      }
    };
    expect(await titles()).toEqual(await titles());
  });
});

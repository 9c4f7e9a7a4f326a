// Related news through HTTP: pins first, then scored shared links, with reasons.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, ArticleStatus } from '../src/modules/article/article.entity.js';
import { Event, EventKind } from '../src/modules/event/event.entity.js';
import { Person } from '../src/modules/person/person.entity.js';
import { RelatedPin } from '../src/modules/related/related-pin.entity.js';
import { RelatedCache } from '../src/modules/related/related.js';
import { Category } from '../src/modules/taxonomy/category.entity.js';
import { Tag } from '../src/modules/taxonomy/tag.entity.js';
import { testDrivers } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';

const drivers = await testDrivers();
const mainSlug =
  'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong';
type Related = { score: number; reasons: string[]; article: { slug: string } };

describe.each(drivers)('related news on %s', (driver) => {
  let server: TestServer;
  const relatedOf = async (slug: string, first = 5): Promise<Related[]> => {
    const res = await server.query(
      graphql(
        `query RelatedOf($s: String, $n: Int) { article(slug: $s) { related(first: $n) { score reasons article { slug } } } }`,
      ),
      { s: slug, n: first },
    );
    return res.data.article?.related ?? [];
  };

  beforeAll(async () => {
    server = await startTestServer(driver);
    // [synthetic] A source article and candidates that share one kind of link each with it.
    const em = server.running.orm.em.fork();
    await em.transactional(async (tx) => {
      const cat = tx.create(Category, { slug: 'rel-cat', name: '[synthetic] Mục' });
      const other = tx.create(Category, { slug: 'rel-other', name: '[synthetic] Mục khác' });
      const event = tx.create(Event, {
        slug: 'rel-event',
        name: '[synthetic] Sự kiện',
        kind: EventKind.MEETING,
      });
      const tag = tx.create(Tag, { slug: 'rel-tag', name: '[synthetic] Thẻ' });
      const person = tx.create(Person, { slug: 'rel-person', name: '[synthetic] Người' });
      const at = (day: number) => new Date(Date.UTC(2025, 0, day));
      const make = (
        slug: string,
        category: Category,
        day: number,
        status = ArticleStatus.PUBLISHED,
      ) =>
        tx.create(Article, {
          slug,
          title: `[synthetic] ${slug}`,
          status,
          publishedAt: at(day),
          category,
        });
      const source = make('rel-source', cat, 10);
      source.events.add(event);
      source.tags.add(tag);
      source.people.add(person);
      make('rel-by-event', other, 10).events.add(event);
      make('rel-by-tag', other, 10).tags.add(tag);
      make('rel-by-person-same-cat', cat, 10).people.add(person);
      make('rel-by-tag-old', other, 1).tags.add(tag);
      make('rel-unpublished', cat, 10, ArticleStatus.DRAFT).events.add(event);
      const pinned = make('rel-pinned', other, 2);
      tx.create(RelatedPin, { article: source, related: pinned, position: 0 });
      // Pinned and also related automatically: listed once, as pinned.
      const both = make('rel-pinned-and-tag', other, 10);
      both.tags.add(tag);
      tx.create(RelatedPin, { article: source, related: both, position: 1 });
    });
  });
  afterAll(async () => server?.stop());

  it('lists pins first, then by shared links: event > person + same section > tag, closer in time first', async () => {
    const related = await relatedOf('rel-source', 10);
    expect(related.map((r) => r.article.slug)).toEqual([
      'rel-pinned',
      'rel-pinned-and-tag',
      'rel-by-event',
      'rel-by-person-same-cat',
      'rel-by-tag',
      'rel-by-tag-old',
    ]);
    expect(related[0].reasons).toEqual(['pinned']);
    expect(related[2].reasons).toEqual(['event:rel-event', 'recency:0d']);
    expect(related[3].reasons).toEqual(['person:rel-person', 'category:rel-cat', 'recency:0d']);
    expect(related[5].reasons).toEqual(['tag:rel-tag', 'recency:9d']);
    const scores = related.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(related[2].score).toBe(6); // event 5 + recency 1
    expect(related[3].score).toBe(5); // person 3 + same section 1 + recency 1
  });

  it("scores an article's related choices once for requests that miss them together, and again after a write", async () => {
    const cache = new RelatedCache(60_000);
    const em = () => server.running.orm.em.fork() as EntityManager;
    const source = await em().findOneOrFail(Article, { slug: 'rel-source' });
    const key = { id: source.id, first: 5, publishedAt: source.publishedAt ?? null };
    const together = await Promise.all(
      Array.from({ length: 6 }, () => cache.choicesOf(em(), [key], 5, 'published')),
    );
    const scored = together[0].get(source.id)!;
    expect(scored.auto.length).toBeGreaterThan(0);
    // One scoring: every request got the very choices it made, and so does the next one.
    for (const choices of together) expect(choices.get(source.id)).toBe(scored);
    expect((await cache.choicesOf(em(), [key], 5, 'published')).get(source.id)).toBe(scored);
    cache.clear();
    const after = (await cache.choicesOf(em(), [key], 5, 'published')).get(source.id)!;
    expect(after).not.toBe(scored);
    expect(after).toEqual(scored);
  });

  it('never lists unpublished articles, and honours first', async () => {
    const related = await relatedOf('rel-source', 3);
    expect(related).toHaveLength(3);
    expect((await relatedOf('rel-source', 20)).map((r) => r.article.slug)).not.toContain(
      'rel-unpublished',
    );
    for (const first of [0, 21]) {
      const res = await server.gql(
        `{ article(slug: "rel-source") { related(first: ${first}) { score } } }`,
      );
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('relates the seed article to the headline that names the same ministry', async () => {
    const related = await relatedOf(mainSlug);
    const decision = related.find((r) =>
      r.article.slug.startsWith('cong-bo-quyet-dinh-cua-bo-truong-bo-cong-an'),
    );
    expect(decision?.reasons).toEqual(['organisation:bo-cong-an', 'category:tin-tuc']);
    expect(decision?.score).toBe(3);
  });
});

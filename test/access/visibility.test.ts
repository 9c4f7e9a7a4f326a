// Drafts and scheduled articles exist only for editors' keys: every path an anonymous caller
// or a partner could take (lookups, node, connections, nested connections, latest, search,
// related) shows them nothing; an editor sees them all.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { Article, ArticleStatus } from '../../src/modules/article/article.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Category } from '../../src/modules/taxonomy/category.entity.js';
import { Tag } from '../../src/modules/taxonomy/tag.entity.js';
import { graphql } from '../generated/index.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const mainSlug =
  'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong';
const hidden = ['access-draft', 'access-scheduled'];

const everyPath =
  graphql(`query AccessEveryPath($main: String!, $draft: String!, $scheduled: String!, $draftId: ID!) {
  draft: article(slug: $draft) { slug status }
  scheduled: article(slug: $scheduled) { slug status }
  byId: article(id: $draftId) { slug }
  node(id: $draftId) { id }
  articles(first: 100, filter: { tag: "toi-pham-mang" }) { totalCount nodes { slug } }
  latest(first: 100) { slug }
  tag(slug: "toi-pham-mang") { articles(first: 100) { totalCount nodes { slug } } }
  person(slug: "nguyen-van-long") { articles(first: 100) { totalCount nodes { slug } } }
  search(query: "ban nhap truy quet", first: 100) { totalCount edges { node { ... on Article { slug } } } }
  main: article(slug: $main) { related(first: 20) { article { slug } } }
}`);

describe.each(drivers)('who sees unpublished articles, on %s', (driver) => {
  let server: TestServer;
  let variables: { main: string; draft: string; scheduled: string; draftId: string };
  beforeAll(async () => {
    server = await startTestServer(driver, { RELATED_CACHE_MS: '0' });
    // [synthetic] A draft and an article scheduled for next year, linked like the seed article.
    const em = server.running.orm.em.fork() as EntityManager;
    const draftId = await em.transactional(async (tx) => {
      const tag = await tx.findOneOrFail(Tag, { slug: 'toi-pham-mang' });
      const person = await tx.findOneOrFail(Person, { slug: 'nguyen-van-long' });
      const event = await tx.findOneOrFail(Event, { slug: 'chien-dich-secure' });
      const category = await tx.findOneOrFail(Category, { slug: 'tin-tuc' });
      const make = (
        slug: string,
        title: string,
        status: ArticleStatus,
        publishedAt: Date | null,
      ) => {
        const a = tx.create(Article, { slug, title, status, publishedAt, category });
        a.tags.add(tag);
        a.people.add(person);
        a.events.add(event);
        return a;
      };
      const draft = make(
        'access-draft',
        '[synthetic] Bản nháp: truy quét tội phạm mạng',
        ArticleStatus.DRAFT,
        null,
      );
      make(
        'access-scheduled',
        '[synthetic] Hẹn giờ: bản nháp truy quét',
        ArticleStatus.PUBLISHED,
        new Date(Date.now() + 365 * 86_400_000),
      );
      await tx.flush();
      return draft.id;
    });
    variables = {
      main: mainSlug,
      draft: 'access-draft',
      scheduled: 'access-scheduled',
      draftId: Buffer.from(`Article:${draftId}`).toString('base64url'),
    };
  });
  afterAll(async () => server?.stop());

  const slugsSeen = async (headers: Record<string, string>) => {
    const { data } = await server.query(everyPath, variables, headers);
    return {
      lookups: [
        data.draft?.slug,
        data.scheduled?.slug,
        data.byId?.slug,
        data.node?.id ? 'node' : undefined,
      ].filter(Boolean),
      articles: data.articles.nodes.map((n) => n.slug),
      latest: data.latest.map((n) => n.slug),
      tag: data.tag!.articles.nodes.map((n) => n.slug),
      person: data.person!.articles.nodes.map((n) => n.slug),
      search: data.search.edges.map((e) => ('slug' in e.node ? e.node.slug : '')),
      related: data.main!.related.map((r) => r.article.slug),
      counts: [
        data.articles.totalCount,
        data.tag!.articles.totalCount,
        data.person!.articles.totalCount,
      ],
    };
  };

  it('shows anonymous callers and partners no draft and nothing scheduled, by any path', async () => {
    const partner = await createTestKey(server, [KeyScope.PARTNER]);
    for (const headers of [{}, partner.bearer]) {
      const seen = await slugsSeen(headers);
      expect(seen.lookups).toEqual([]);
      for (const list of [
        seen.articles,
        seen.latest,
        seen.tag,
        seen.person,
        seen.search,
        seen.related,
      ]) {
        for (const slug of hidden) expect(list).not.toContain(slug);
      }
      expect(seen.counts).toEqual([1, 1, 1]); // the seed article only
      expect(seen.related.length).toBeGreaterThan(0);
    }
  });

  it('shows an editor both, by every path, with their state', async () => {
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const seen = await slugsSeen(editor.bearer);
    expect(seen.lookups).toEqual(['access-draft', 'access-scheduled', 'access-draft', 'node']);
    for (const list of [
      seen.articles,
      seen.latest,
      seen.tag,
      seen.person,
      seen.search,
      seen.related,
    ]) {
      expect(list).toEqual(expect.arrayContaining(hidden));
    }
    expect(seen.counts).toEqual([3, 3, 3]);
    const states = await server.query(
      graphql(
        `query AccessStates { articles(first: 100, filter: { status: [DRAFT] }) { nodes { slug status } } }`,
      ),
      undefined,
      editor.bearer,
    );
    expect(states.data.articles.nodes).toEqual([{ slug: 'access-draft', status: 'DRAFT' }]);
  });

  it('never lets an editor answer into a shared cache', async () => {
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ article(slug: "access-draft") { title } }')}`,
      { headers: editor.bearer },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/private|no-store/);
  });
});

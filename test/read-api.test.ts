// The read API of the contract, through HTTP: lookups, connections, filters, ordering, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, ArticleStatus } from '../src/modules/article/article.entity.js';
import { testDrivers } from './helpers/databases.js';
import { addSyntheticArticles } from './helpers/fixtures.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';
import type { ArticleFilter, EventFilter, ReadAllPagesQuery } from './generated/graphql.js';

const drivers = await testDrivers();
const mainSlug =
  'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong';
const articleBySlug = graphql(
  `query ReadArticleBySlug($s: String) { article(slug: $s) { id slug } }`,
);
const articleAndNode = graphql(
  `query ReadArticleAndNode($id: ID!) { article(id: $id) { slug } node(id: $id) { id ... on Article { title } } }`,
);
const nodeById = graphql(`query ReadNode($id: ID!) { node(id: $id) { __typename id } }`);
const codes = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  body.errors?.map((e) => e.extensions?.code);

describe.each(drivers)('read API on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
    await addSyntheticArticles(server.running.orm, 30);
    // Not public: a draft, and one scheduled for next year.
    await addSyntheticArticles(server.running.orm, 1, {
      prefix: 'draft',
      status: ArticleStatus.DRAFT,
    });
    await addSyntheticArticles(server.running.orm, 1, {
      prefix: 'scheduled',
      publishedAt: () => new Date(Date.now() + 365 * 86400_000),
    });
  });
  afterAll(async () => server?.stop());

  describe('lookups', () => {
    it('finds an article by slug and by id, and node(id) gives it back', async () => {
      const bySlug = await server.query(articleBySlug, { s: mainSlug });
      const id = bySlug.data.article!.id;
      const byId = await server.query(articleAndNode, { id });
      expect(byId.data.article?.slug).toBe(mainSlug);
      expect(byId.data.node).toMatchObject({
        id,
        title: expect.stringMatching(/^Tăng cường hợp tác quốc tế/),
      });
    });

    it('resolves node(id) for every kind of object', async () => {
      const { data } = await server.query(
        graphql(`query ReadOneOfEach {
        person(slug: "nguyen-van-long") { id } organisation(slug: "bo-cong-an") { id }
        event(slug: "chien-dich-secure") { id } place(slug: "ha-noi") { id }
        category(slug: "tin-tuc") { id } tag(slug: "toi-pham-mang") { id }
      }`),
      );
      for (const [type, found] of Object.entries(data)) {
        const res = await server.query(nodeById, { id: found!.id });
        expect(res.data.node?.__typename.toLowerCase()).toBe(type);
        expect(res.data.node?.id).toBe(found!.id);
      }
    });

    it('returns null for unknown slugs, and for drafts and scheduled articles', async () => {
      const { data } = await server.query(
        graphql(`query ReadUnknownSlugs {
        a: article(slug: "khong-co") { id } p: person(slug: "khong-co") { id } o: organisation(slug: "khong-co") { id }
        e: event(slug: "khong-co") { id } d: article(slug: "draft-article-0") { id } s: article(slug: "scheduled-article-0") { id }
      }`),
      );
      expect(Object.values(data).every((v) => v === null)).toBe(true);
    });

    it('does not reveal a draft by id either', async () => {
      const em = server.running.orm.em.fork();
      const draft = await em.findOneOrFail(Article, { slug: 'draft-article-0' });
      const id = Buffer.from(`Article:${draft.id}`).toString('base64url');
      const { data } = await server.query(
        graphql(`query ReadDraftById($id: ID!) { node(id: $id) { id } article(id: $id) { id } }`),
        { id },
      );
      expect(data).toEqual({ node: null, article: null });
    });

    it('rejects malformed ids and ambiguous lookups with BAD_USER_INPUT', async () => {
      for (const id of [
        'nonsense!',
        Buffer.from('Article:abc').toString('base64url'),
        Buffer.from('Spaceship:1').toString('base64url'),
      ]) {
        const res = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
        expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
        // `node` may be null: the answer has data ({ node: null }), so it is a 200 (GraphQL over HTTP).
        expect(res.body.data).toEqual({ node: null });
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|stack/i);
      }
      const both = await server.gql(`{ article(slug: "a", id: "b") { id } }`);
      expect(codes(both.body)).toEqual(['BAD_USER_INPUT']);
      const neither = await server.gql(`{ article { id } }`);
      expect(codes(neither.body)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('articles connection', () => {
    it('pages through every public article once, with stable cursors and totalCount', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let pages = 0; pages < 20; pages++) {
        const res: { data: ReadAllPagesQuery } = await server.query(
          graphql(
            `query ReadAllPages($after: String) { articles(first: 7, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
          ),
          { after },
        );
        const c = res.data.articles;
        total = c.totalCount;
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
        seen.push(...c.edges.map((e) => e.node.slug));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(total).toBe(20 + 30);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).not.toContain('draft-article-0');
      expect(seen).not.toContain('scheduled-article-0');
      // Newest first (the source article, then the 2024 synthetic ones); the headlines, whose
      // dates the page does not give, come last.
      expect(seen.slice(0, 3)).toEqual([mainSlug, 'synthetic-article-29', 'synthetic-article-28']);
      expect(seen.indexOf('synthetic-article-0')).toBe(30);
    });

    it('keeps its place when articles are published in between', async () => {
      const page = graphql(
        `query ReadPageOfThree($a: String) { articles(first: 3, after: $a) { pageInfo { endCursor } nodes { slug } } }`,
      );
      const first = await server.query(page);
      await addSyntheticArticles(server.running.orm, 2, {
        prefix: 'late',
        publishedAt: () => new Date(Date.now() - 60_000),
      });
      const next = await server.query(page, { a: first.data.articles.pageInfo.endCursor });
      expect(first.data.articles.nodes.map((n) => n.slug)).toEqual([
        mainSlug,
        'synthetic-article-29',
        'synthetic-article-28',
      ]);
      // The two new articles sort before the first page; the next page is unmoved.
      expect(next.data.articles.nodes.map((n) => n.slug)).toEqual([
        'synthetic-article-27',
        'synthetic-article-26',
        'synthetic-article-25',
      ]);
    });

    it('filters by category, tag, person, organisation, event, place and dates', async () => {
      const count = async (filter: Partial<ArticleFilter>) => {
        const res = await server.query(
          graphql(
            `query ReadFilteredArticles($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount nodes { slug } } }`,
          ),
          { f: filter as ArticleFilter },
        );
        expect(res.data.articles.nodes).toHaveLength(Math.min(100, res.data.articles.totalCount));
        return res.data.articles.totalCount;
      };
      expect(await count({ category: 'tin-tuc' })).toBe(20);
      expect(await count({ tag: 'lua-dao' })).toBe(3);
      expect(await count({ tag: 'toi-pham-mang' })).toBe(1);
      expect(await count({ person: 'nguyen-van-long' })).toBe(1);
      expect(await count({ person: 'hong-dung' })).toBe(1);
      expect(await count({ organisation: 'bo-cong-an' })).toBe(2);
      expect(await count({ event: 'chien-dich-secure' })).toBe(1);
      expect(await count({ place: 'bac-ninh' })).toBe(3);
      expect(await count({ place: 'bac-ninh', tag: 'lua-dao' })).toBe(1);
      expect(await count({ category: 'khong-co' })).toBe(0);
      // Incremental sync: nothing changed after a future instant, everything after a past one.
      expect(await count({ updatedAfter: '2100-01-01T00:00:00Z' })).toBe(0);
      expect(await count({ updatedAfter: '2000-01-01T00:00:00Z', category: 'tin-tuc' })).toBe(20);
      expect(
        await count({
          publishedAfter: '2025-07-07T00:00:00+07:00',
          publishedBefore: '2025-07-09T00:00:00+07:00',
        }),
      ).toBe(1);
      // Synthetic articles 0..29 are a minute apart from 2024-01-01T00:00Z.
      expect(
        await count({ category: 'synthetic-category', publishedBefore: '2024-01-01T00:10:00Z' }),
      ).toBe(10);
    });

    it('orders by publication, oldest first, and by last change', async () => {
      const { data } = await server.query(
        graphql(`query ReadOrders {
        asc: articles(first: 2, orderBy: PUBLISHED_AT_ASC) { nodes { slug } }
        upd: articles(first: 1, orderBy: UPDATED_AT_DESC) { nodes { updatedAt } }
      }`),
      );
      expect(data.asc.nodes.map((n) => n.slug)).toEqual([
        'synthetic-article-0',
        'synthetic-article-1',
      ]);
      expect(Date.parse(data.upd.nodes[0].updatedAt)).toBeGreaterThan(0);
    });

    it('gives latest() newest first and by category', async () => {
      const { data } = await server.query(
        graphql(
          `query ReadLatest { latest(first: 2, category: "tin-tuc") { slug } all: latest { slug } }`,
        ),
      );
      expect(data.latest[0].slug).toBe(mainSlug);
      expect(data.latest).toHaveLength(2);
      expect(data.all).toHaveLength(10);
    });

    it('rejects first outside 1..100 and foreign cursors with BAD_USER_INPUT', async () => {
      for (const q of [
        '{ articles(first: 0) { totalCount } }',
        '{ articles(first: 101) { totalCount } }',
        '{ people(first: -1) { totalCount } }',
        '{ latest(first: 1000) { slug } }',
        '{ person(slug: "nguyen-van-long") { articles(first: 500) { totalCount } } }',
        '{ articles(after: "not a cursor") { totalCount } }',
        `{ articles(after: "${Buffer.from('["x"]').toString('base64url')}") { totalCount } }`,
        // Cursors that decode but hold a value of the wrong type for the list's sort (a 500 on
        // PostgreSQL before: the value reached the comparison with the column).
        ...[
          ['not-a-date', 1],
          [12345, 3],
          ['2025-13-45T00:00:00Z', 1],
          ['0000-01-01T00:00:00Z', 1],
        ].flatMap((v) => {
          const cursor = Buffer.from(JSON.stringify(v)).toString('base64url');
          return [
            `{ articles(after: "${cursor}") { totalCount } }`,
            `{ articles(after: "${cursor}", orderBy: UPDATED_AT_ASC) { totalCount } }`,
            `{ events(after: "${cursor}") { totalCount } }`,
            `{ person(slug: "nguyen-van-long") { articles(first: 2, after: "${cursor}") { totalCount } } }`,
          ];
        }),
        `{ people(after: "${Buffer.from('[12345,3]').toString('base64url')}") { totalCount } }`,
        // Only a publication date may be unknown: a null in an update-time cursor is not ours.
        `{ articles(after: "${Buffer.from('[null,3]').toString('base64url')}", orderBy: UPDATED_AT_ASC) { totalCount } }`,
      ]) {
        const res = await server.gql(q);
        expect(codes(res.body), q).toEqual(['BAD_USER_INPUT']);
        // GraphQL over HTTP: no data (a non-null root field failed) is a 400; data with a null
        // inside (a nullable person whose list failed) is a partial answer, a 200.
        expect(res.status, q).toBe(q.startsWith('{ person(') ? 200 : 400);
        if (q.startsWith('{ person(')) expect(res.body.data, q).toEqual({ person: null });
        // The error names the argument to fix, whichever check refused it.
        expect(res.body.errors![0].extensions?.argument, q).toBe(
          /first:/.test(q) && !/after:/.test(q) ? 'first' : 'after',
        );
        expect(res.body.errors![0].message, q).toMatch(/first|cursor/);
      }
    });
  });

  describe('other connections', () => {
    it('lists people, organisations, places and tags alphabetically and filters them', async () => {
      const { data } = await server.query(
        graphql(`query ReadOtherConnections {
        people(filter: { organisation: "bo-cong-an" }) { totalCount nodes { name } }
        ranked: people(filter: { rank: "Thượng tướng" }) { nodes { name } }
        units: organisations(filter: { parent: "bo-cong-an" }, first: 3) { totalCount nodes { slug } pageInfo { hasNextPage } }
        provinces: places(filter: { kind: PROVINCE }) { totalCount }
        tags(first: 2) { nodes { slug } }
      }`),
      );
      expect(data.people).toEqual({ totalCount: 1, nodes: [{ name: 'Nguyễn Văn Long' }] });
      expect(data.ranked.nodes).toEqual([{ name: 'Nguyễn Văn Long' }]);
      expect(data.units.totalCount).toBe(6);
      expect(data.units.nodes.map((n) => n.slug)).toEqual([
        'cong-an-thanh-pho-ha-noi',
        'cuc-an-ninh-mang-va-phong-chong-toi-pham-su-dung-cong-nghe-cao',
        'cuc-canh-sat-hinh-su',
      ]);
      expect(data.units.pageInfo.hasNextPage).toBe(true);
      expect(data.provinces.totalCount).toBe(6);
      expect(data.tags.nodes.map((n) => n.slug)).toEqual(['an-ninh-mang', 'cuop-ngan-hang']);
    });

    it('filters events by kind, date range, place and organisation', async () => {
      const slugs = async (filter: Partial<EventFilter>) => {
        const res = await server.query(
          graphql(
            `query ReadFilteredEvents($f: EventFilter) { events(filter: $f, first: 100) { nodes { slug } } }`,
          ),
          { f: filter as EventFilter },
        );
        return res.data.events.nodes.map((n) => n.slug);
      };
      expect(await slugs({ kind: 'OPERATION' })).toEqual(['chien-dich-secure']);
      // 9 July 2025 falls within the conference (8-11 July) and is the working session's day.
      expect(
        await slugs({ from: '2025-07-09T00:00:00+07:00', to: '2025-07-10T00:00:00+07:00' }),
      ).toEqual([
        'buoi-lam-viec-voi-cong-an-thanh-pho-ha-noi',
        'hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong',
      ]);
      expect(await slugs({ from: '2025-10-01T00:00:00+07:00' })).toEqual([
        'le-mo-ky-cong-uoc-ha-noi',
      ]);
      expect(await slugs({ place: 'ha-noi' })).toEqual([
        'hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong',
      ]);
      expect(await slugs({ organisation: 'to-chuc-canh-sat-hinh-su-quoc-te' })).toEqual([
        'chien-dich-secure',
      ]);
      const bad = await server.gql(
        `{ events(filter: { from: "2025-12-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }) { totalCount } }`,
      );
      expect(codes(bad.body)).toEqual(['BAD_USER_INPUT']);
    });

    it('pages a person’s, tag’s and organisation’s articles', async () => {
      const { data } = await server.query(
        graphql(`query ReadNestedPages {
        tag(slug: "synthetic-tag-0") { articles(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }
        organisation(slug: "bo-cong-an") { articles { totalCount nodes { slug } } }
      }`),
      );
      const tagArticles = data.tag!.articles;
      expect(tagArticles.totalCount).toBe(15); // i % 4 == 0 or (i + 1) % 4 == 0, for i < 30
      expect(tagArticles.nodes.map((n) => n.slug)).toEqual([
        'synthetic-article-28',
        'synthetic-article-27',
        'synthetic-article-24',
        'synthetic-article-23',
      ]);
      const next = await server.query(
        graphql(
          `query ReadTagPage($a: String) { tag(slug: "synthetic-tag-0") { articles(first: 4, after: $a) { nodes { slug } } } }`,
        ),
        { a: tagArticles.pageInfo.endCursor },
      );
      expect(next.data.tag?.articles.nodes[0].slug).toBe('synthetic-article-20');
      expect(data.organisation?.articles.totalCount).toBe(2);
    });
  });
});

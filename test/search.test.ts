// Vietnamese search through HTTP, on every database: folding, ranking, highlights, filters,
// pagination, hostile input, and a relevance set over the seed content.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, ArticleStatus } from '../src/modules/article/article.entity.js';
import { Tag } from '../src/modules/taxonomy/tag.entity.js';
import { relevanceSet } from '../bench/search-relevance.js';
import { RECENT_CANDIDATES, RERANKED } from '../src/modules/search/search.query.js';
import { testDrivers } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';
import type { SearchFilter } from './generated/graphql.js';

const drivers = await testDrivers();
const mainTitle =
  'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương';
type Hit = {
  score: number;
  highlights: { field: string; snippet: string }[];
  node: { __typename: string; label: string };
};
const hitsQuery =
  graphql(`query SearchHits($q: String!, $first: Int, $after: String, $f: SearchFilter) {
  search(query: $q, first: $first, after: $after, filter: $f) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor score highlights { field snippet }
      node { __typename ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } }
  }
}`);

describe.each(drivers)('search on %s', (driver) => {
  let server: TestServer;
  type Options = { first?: number; after?: string | null; f?: Partial<SearchFilter> };
  /** Any answer, errors included (hostile input is searched here too). */
  const search = async (q: string, { f, ...vars }: Options = {}) =>
    server.gql(hitsQuery, { q, ...vars, f });
  /** The hits, when the search must succeed. */
  const hits = async (q: string, { f, ...vars }: Options = {}) =>
    (await server.query(hitsQuery, { q, ...vars, f: f as SearchFilter })).data.search;
  const labels = async (q: string, options: Options = {}) =>
    ((await hits(q, options)).edges as Hit[]).map((e) => e.node.label);

  beforeAll(async () => {
    server = await startTestServer(driver);
    // [synthetic] Two headlines that differ only in one tone mark, and a draft.
    const em = server.running.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      for (const [slug, title, status] of [
        [
          'synthetic-toi',
          '[synthetic] Ngày hội tôi phạm lỗi thành người tốt',
          ArticleStatus.PUBLISHED,
        ],
        ['synthetic-tội', '[synthetic] Ngày hội truy bắt tội phạm', ArticleStatus.PUBLISHED],
        ['synthetic-draft', '[synthetic] Bản nháp về tội phạm ngân hàng', ArticleStatus.DRAFT],
      ] as const) {
        tx.create(Article, { slug, title, status, publishedAt: new Date('2025-01-01T00:00:00Z') });
      }
    });
    // Indexed by the write itself (SearchIndexSubscriber), in its transaction.
  });
  afterAll(async () => server?.stop());

  it('finds accented text from unaccented queries, and đ from d', async () => {
    expect(await labels('toi pham mang chau a')).toContain(mainTitle);
    expect((await labels('DIEU TRA'))[0]).toBe('Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an');
    expect((await labels('Đieu tra'))[0]).toBe('Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an');
  });

  it('ranks exact accents first: "tội phạm" before "tôi phạm", and the other way round', async () => {
    const accented = await labels('ngày hội tội phạm');
    expect(accented.indexOf('[synthetic] Ngày hội truy bắt tội phạm')).toBeLessThan(
      accented.indexOf('[synthetic] Ngày hội tôi phạm lỗi thành người tốt'),
    );
    const other = await labels('ngày hội tôi phạm');
    expect(other.indexOf('[synthetic] Ngày hội tôi phạm lỗi thành người tốt')).toBeLessThan(
      other.indexOf('[synthetic] Ngày hội truy bắt tội phạm'),
    );
  });

  it('ranks names above mentions in text', async () => {
    const { edges } = await hits('Edmund Goh');
    expect(edges[0].node).toEqual({ __typename: 'Person', label: 'Edmund Goh' });
    expect(edges.some((e) => e.node.__typename === 'Article')).toBe(true);
  });

  it('marks matches in the original accented text, whatever the query’s accents', async () => {
    const { edges } = await hits('hop tac quoc te');
    const hit = (edges as Hit[]).find((e) => e.node.label === mainTitle);
    const snippetOf = (field: string) => hit?.highlights.find((h) => h.field === field)?.snippet;
    expect(snippetOf('title')).toContain(
      '<mark>hợp</mark> <mark>tác</mark> <mark>quốc</mark> <mark>tế</mark>',
    );
    expect(snippetOf('body')).toContain('<mark>');
  });

  it('matches phrases in order and the last word as a prefix', async () => {
    expect(await labels('"mạng tội phạm"')).toEqual([]);
    expect(await labels('"tội phạm mạng" hợp tác')).toContain(mainTitle);
    expect((await labels('Kasper'))[0]).toBe('Kaspersky');
    expect(await labels('dieu tr')).toContain('Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an');
  });

  it('filters by type, category, dates and linked things', async () => {
    const people = (await hits('nguyen', { f: { types: ['PERSON'] } })).edges;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((e) => e.node.__typename === 'Person')).toBe(true);
    expect(await labels('cong an', { f: { person: 'lao-hoang-hai' } })).toEqual([
      'Công an tỉnh Thái Nguyên tổ chức viếng Trung tá Lao Hoàng Hải hy sinh khi thi hành công vụ',
    ]);
    expect(await labels('toi pham', { f: { event: 'chien-dich-secure' } })).toEqual([mainTitle]);
    expect(
      await labels('toi pham', {
        f: { publishedAfter: '2025-07-01T00:00:00Z', publishedBefore: '2025-08-01T00:00:00Z' },
      }),
    ).toEqual([mainTitle]);
    expect(await labels('toi pham', { f: { category: 'chi-dao-dieu-hanh' } })).toEqual([]);
  });

  it('indexes writes in their own transaction: a commit is searchable at once, a rollback leaves nothing', async () => {
    const em = server.running.orm.em.fork();
    const article = em.create(Article, {
      slug: 'synthetic-fresh',
      title: '[synthetic] Khánh thành cầu Long Biên mới',
      status: ArticleStatus.PUBLISHED,
    });
    await em.flush();
    expect((await labels('cau long bien'))[0]).toBe('[synthetic] Khánh thành cầu Long Biên mới');
    article.title = '[synthetic] Thông xe cầu Thăng Long';
    await em.flush();
    expect(await labels('cau long bien')).not.toContain(
      '[synthetic] Khánh thành cầu Long Biên mới',
    );
    expect((await labels('thong xe thang long'))[0]).toBe('[synthetic] Thông xe cầu Thăng Long');
    await expect(
      server.running.orm.em.fork().transactional(async (tx) => {
        tx.create(Article, {
          slug: 'synthetic-rolled-back',
          title: '[synthetic] Tin bị huỷ về cầu Nhật Tân',
          status: ArticleStatus.PUBLISHED,
        });
        await tx.flush();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await labels('cau nhat tan')).not.toContain('[synthetic] Tin bị huỷ về cầu Nhật Tân');
    expect(await labels('tin bi huy')).toEqual([]);
  });

  it('finds a headline below many newer mentions, and follows its publication and withdrawal', async () => {
    // The title phase, not the newest-hits phase, must find it: more newer articles than
    // RECENT_CANDIDATES mention the word in their lead only. (On PostgreSQL the title phase reads
    // the narrow search_title table, which the indexer keeps with each entry.)
    const em = server.running.orm.em.fork();
    const headline = em.create(Article, {
      slug: 'synthetic-headline',
      title: '[synthetic] Lễ hội hoa ban Điện Biên',
      status: ArticleStatus.PUBLISHED,
    });
    await em.flush();
    const mentions = Array.from({ length: RECENT_CANDIDATES + 1 }, (_, i) =>
      em.create(Article, {
        slug: `synthetic-mention-${i}`,
        title: `[synthetic] Tin vắn số ${i}`,
        lead: 'Du khách nhắc đến hoa ban trong chuyến đi.',
        status: ArticleStatus.PUBLISHED,
      }),
    );
    await em.flush();
    const headlineFound = async () =>
      (await labels('hoa ban')).includes('[synthetic] Lễ hội hoa ban Điện Biên');
    expect(await headlineFound()).toBe(true);
    headline.status = ArticleStatus.DRAFT;
    await em.flush();
    expect(await headlineFound()).toBe(false);
    headline.status = ArticleStatus.PUBLISHED;
    await em.flush();
    expect(await headlineFound()).toBe(true);
    // Gone again, with their entries: the other tests' rankings depend on the corpus (SQLite's
    // bm25 weighs by document lengths and counts).
    em.remove([headline, ...mentions]);
    await em.flush();
    expect(await headlineFound()).toBe(false);
  });

  it('finds an article by words in its body alone, and follows its publication, withdrawal and schedule', async () => {
    // The newest-hits phase must find it (no title or name holds the word). On PostgreSQL that
    // phase reads the search_recent table, which the indexer keeps with each entry.
    const em = server.running.orm.em.fork();
    const lead = (n: string) => `Tin ${n}: đoàn khảo sát ghé làng gốm Bát Tràng.`;
    const older = em.create(Article, {
      slug: 'synthetic-body-older',
      title: '[synthetic] Tin văn hoá cũ',
      lead: lead('cũ'),
      status: ArticleStatus.PUBLISHED,
      publishedAt: new Date('2024-03-01T00:00:00Z'),
    });
    const newer = em.create(Article, {
      slug: 'synthetic-body-newer',
      title: '[synthetic] Tin văn hoá mới',
      lead: lead('mới'),
      status: ArticleStatus.PUBLISHED,
      publishedAt: new Date('2024-04-01T00:00:00Z'),
    });
    await em.flush();
    const found = async () => (await labels('lang gom bat trang')).sort();
    expect(await found()).toEqual(['[synthetic] Tin văn hoá cũ', '[synthetic] Tin văn hoá mới']);
    // Withdrawn (gỡ bài) as the editorial service stores it: back to a draft, with the time.
    newer.status = ArticleStatus.DRAFT;
    newer.withdrawnAt = new Date();
    await em.flush();
    expect(await found()).toEqual(['[synthetic] Tin văn hoá cũ']);
    newer.status = ArticleStatus.PUBLISHED;
    newer.withdrawnAt = null;
    older.publishedAt = new Date(Date.now() + 86_400_000);
    await em.flush();
    expect(await found()).toEqual(['[synthetic] Tin văn hoá mới']);
    em.remove([older, newer]);
    await em.flush();
    expect(await found()).toEqual([]);
  });

  it('puts the organisation whose short name was typed first, above more articles than it reranks that mention the name', async () => {
    // The database scores each of these articles above the organisation's own entry (the name in
    // the headline, twice); the first ranking pass still brings the organisation to the reread head,
    // where its alias, typed exactly, puts it first.
    const em = server.running.orm.em.fork();
    const mentions = Array.from({ length: RERANKED + 1 }, (_, i) =>
      em.create(Article, {
        slug: `synthetic-interpol-${i}`,
        title: `[synthetic] INTERPOL và INTERPOL: bản tin số ${i}`,
        lead: 'INTERPOL họp bàn.',
        status: ArticleStatus.PUBLISHED,
      }),
    );
    await em.flush();
    expect((await labels('INTERPOL'))[0]).toBe('Tổ chức Cảnh sát hình sự quốc tế');
    expect((await labels('interpol'))[0]).toBe('Tổ chức Cảnh sát hình sự quốc tế');
    em.remove(mentions);
    await em.flush();
  });

  it('re-indexes the articles of a renamed tag', async () => {
    const em = server.running.orm.em.fork();
    const tag = em.create(Tag, { slug: 'synthetic-renamed', name: '[synthetic] Thẻ cũ Xuân Mão' });
    const article = em.create(Article, {
      slug: 'synthetic-tagged',
      title: '[synthetic] Bài có thẻ',
      status: ArticleStatus.PUBLISHED,
    });
    article.tags.add(tag);
    await em.flush();
    expect(await labels('xuan mao')).toContain('[synthetic] Bài có thẻ');
    tag.name = '[synthetic] Thẻ mới Giáp Thìn';
    await em.flush();
    expect(await labels('giap thin')).toContain('[synthetic] Bài có thẻ');
    expect(await labels('xuan mao')).not.toContain('[synthetic] Bài có thẻ');
  });

  it('still finds the obvious result for a typo or a missing syllable', async () => {
    expect(await labels('nguyen van lng')).toContain('Nguyễn Văn Long');
    expect(await labels('Kasperky')).toContain('Kaspersky');
  });

  it('never shows drafts', async () => {
    expect(await labels('ban nhap ngan hang')).toEqual([]);
  });

  it('pages by cursor without gaps or repeats', async () => {
    const all = await hits('cong an', { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Awaited<ReturnType<typeof hits>> = await hits('cong an', { first: 4, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: Hit) => e.node.label));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: Hit) => e.node.label));
    expect(seen.length).toBeGreaterThan(8);
  });

  it('answers empty, over-long and syntax-laden queries with BAD_USER_INPUT or a literal search, never a 500', async () => {
    for (const q of ['', '   ', '"', '***', 'x'.repeat(201)]) {
      const res = await search(q);
      expect(res.body.errors?.[0].extensions?.code, JSON.stringify(q)).toBe('BAD_USER_INPUT');
      expect(res.status).toBe(400);
    }
    for (const q of [
      'NEAR(tội phạm)',
      'toi* pham',
      'title:interpol',
      "tội phạm' OR 1=1 --",
      '(an ninh) AND mạng',
      '"unclosed phrase',
      '-dieu +tra',
      'a'.repeat(200),
    ]) {
      const res = await search(q);
      expect(res.status, q).toBe(200);
      expect(res.body.errors, q).toBeUndefined();
    }
  });

  it('passes the relevance set: each expected result among the first three', async () => {
    let reciprocal = 0;
    const misses: string[] = [];
    for (const [q, expected] of relevanceSet) {
      const position = (await labels(q, { first: 10 })).indexOf(expected);
      if (position < 0 || position > 2) misses.push(`${q} -> ${expected} at ${position + 1}`);
      reciprocal += position >= 0 ? 1 / (position + 1) : 0;
    }
    console.log(
      `search relevance on ${driver}: MRR ${(reciprocal / relevanceSet.length).toFixed(3)} over ${relevanceSet.length} queries`,
    );
    expect(misses).toEqual([]);
    expect(relevanceSet.length).toBeGreaterThanOrEqual(30);
  });
});

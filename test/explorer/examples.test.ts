// The explorer's example operations (src/explorer/examples), run as a frontend would run them:
// each must succeed on the seed content and answer what its page needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleHistoryDocument,
  ArticlePageDocument,
  CreateDraftDocument,
  DeleteArticleDocument,
  PublishArticleDocument,
  SuggestLinksDocument,
  UpdateArticleDocument,
  WithdrawArticleDocument,
  EventPageDocument,
  HomePageDocument,
  MostReadThisWeekDocument,
  PersonPageDocument,
  SearchDocument,
} from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';

const drivers = await testDrivers();
const seedTitle =
  'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương';
const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

describe.each(drivers)('explorer example operations on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { MOST_READ_CACHE_MS: '0' });
    // One counted view of the seed article, so "most read this week" has something to show.
    const { data } = await server.query(
      graphql(`query ExamplesSeedId { latest(first: 1) { id } }`),
    );
    const res = await fetch(`${server.url}/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': browser },
      body: JSON.stringify({ articleId: data.latest[0].id }),
    });
    expect(await res.json()).toEqual({ counted: true });
  });
  afterAll(async () => server?.stop());

  it('HomePage: the latest news first, and the most read beside it', async () => {
    const { data } = await server.query(HomePageDocument);
    expect(data.latest).toHaveLength(10);
    expect(data.latest[0]).toMatchObject({
      title: seedTitle,
      category: { name: 'Tin tức', slug: 'tin-tuc' },
    });
    expect(data.latest[0].images).toHaveLength(4);
    expect(data.mostRead).toEqual([
      {
        rank: 1,
        views: 1,
        article: { id: data.latest[0].id, title: seedTitle, url: data.latest[0].url },
      },
    ]);
  });

  it('ArticlePage: body, byline, photos, and the people, organisations and events it names', async () => {
    const { data } = await server.query(ArticlePageDocument);
    const article = data.article!;
    expect(article.title).toBe(seedTitle);
    expect(article.publishedAtPrecision).toBe('DAY');
    expect(article.body).toContain('<p>Tham dự Hội nghị có 70 đại biểu');
    expect(article.authors).toEqual([{ id: expect.any(String), name: 'Hồng Dũng' }]);
    expect(article.people.map((p) => [p.name, p.rank])).toContainEqual([
      'Nguyễn Văn Long',
      'Thượng tướng',
    ]);
    expect(article.organisations.map((o) => o.shortName)).toContain('INTERPOL');
    expect(article.events.map((e) => e.dateText)).toContain('Từ ngày 08 - 11/7/2025');
    expect(article.images.map((i) => i.caption)).toContain('Các đại biểu dự Hội nghị.');
    expect(article.views).toBe(1);
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related[0].reasons.length).toBeGreaterThan(0);
  });

  it('MostReadThisWeek: ranked, counted, and says when it was counted', async () => {
    const { data } = await server.query(MostReadThisWeekDocument);
    expect(data.mostRead).toHaveLength(1);
    expect(data.mostRead[0]).toMatchObject({ rank: 1, views: 1, article: { title: seedTitle } });
    expect(Date.parse(data.mostRead[0].countedAt)).toBeGreaterThan(0);
    const other = await server.query(MostReadThisWeekDocument, { category: 'chi-dao-dieu-hanh' });
    expect(other.data.mostRead).toEqual([]);
  });

  it('PersonPage: rank, positions and the articles that mention the person', async () => {
    const { data } = await server.query(PersonPageDocument);
    expect(data.person).toMatchObject({
      name: 'Nguyễn Văn Long',
      rank: 'Thượng tướng',
      title: 'Thứ trưởng Bộ Công an',
      positions: [
        { title: 'Thứ trưởng', organisation: { name: 'Bộ Công an', slug: 'bo-cong-an' } },
      ],
    });
    expect(data.person?.articles.totalCount).toBe(1);
    expect(data.person?.articles.nodes[0].title).toBe(seedTitle);
  });

  it('EventPage: dates, place, organisers, participants, parts and coverage', async () => {
    const { data } = await server.query(EventPageDocument);
    const event = data.event!;
    expect(event).toMatchObject({
      kind: 'CONFERENCE',
      dateText: 'Từ ngày 08 - 11/7/2025',
      attendeeCount: 70,
      countryCount: 24,
      place: { name: 'Hà Nội' },
    });
    expect(event.participants.length).toBeGreaterThanOrEqual(14);
    expect(event.subEvents.map((e) => e.name)).toContain(
      'Buổi làm việc với Công an thành phố Hà Nội',
    );
    expect(event.articles.nodes).toEqual([
      {
        id: expect.any(String),
        title: seedTitle,
        url: expect.stringContaining('/tang-cuong-hop-tac-quoc-te'),
      },
    ]);
  });

  it('Search: finds the article without accents and marks the match', async () => {
    const { data } = await server.query(SearchDocument);
    expect(data.search.totalCount).toBeGreaterThan(0);
    const article = data.search.edges.find(
      (e) => e.node.__typename === 'Article' && e.node.title === seedTitle,
    );
    expect(article?.highlights.map((h) => h.snippet).join(' ')).toContain(
      '<mark>tội</mark> <mark>phạm</mark> <mark>mạng</mark>',
    );
  });

  it('Editing: each operation, in order, with an editor key, as the tab says', async () => {
    const editor = (await createTestKey(server, [KeyScope.EDITOR], { name: 'explorer example' }))
      .bearer;
    const created = (await server.query(CreateDraftDocument, {}, editor)).data.createArticle
      .article;
    expect(created).toMatchObject({
      version: 1,
      status: 'DRAFT',
      slug: 'ban-nhap-hoi-nghi-interpol-ve-toi-pham-mang-tai-ha-noi',
    });
    const links = (await server.query(SuggestLinksDocument, {}, editor)).data.suggestLinks;
    expect(links.map((l) => l.matched)).toEqual(['Nguyễn Văn Long', 'INTERPOL', 'UNODC', 'Hà Nội']);
    const updated = (
      await server.query(UpdateArticleDocument, { id: created.id, version: 1 }, editor)
    ).data.updateArticle.article;
    expect(updated).toMatchObject({ version: 2, lead: 'Sapo đã sửa.' });
    const published = (
      await server.query(PublishArticleDocument, { id: created.id, version: 2 }, editor)
    ).data.publishArticle.article;
    expect(published).toMatchObject({ version: 3, status: 'PUBLISHED' });
    const withdrawn = (
      await server.query(WithdrawArticleDocument, { id: created.id, version: 3 }, editor)
    ).data.withdrawArticle.article;
    expect(withdrawn).toMatchObject({
      version: 4,
      status: 'WITHDRAWN',
      withdrawalReason: 'Thông tin cần kiểm chứng lại.',
    });
    const history = (await server.query(ArticleHistoryDocument, { id: created.id }, editor)).data
      .article!.history.nodes;
    expect(history.map((h) => h.action)).toEqual(['WITHDRAW', 'PUBLISH', 'UPDATE', 'CREATE']);
    const deleted = (
      await server.query(DeleteArticleDocument, { id: created.id, version: 4 }, editor)
    ).data.deleteArticle;
    expect(deleted.deletedId).toBe(created.id);
  });
});

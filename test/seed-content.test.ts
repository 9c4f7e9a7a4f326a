// Every fact of the source page comes back over HTTP, on every database under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './generated/index.js';

const drivers = await testDrivers();
const mainSlug =
  'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong';

describe.each(drivers)('seed content on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => server?.stop());

  it('has the article with lead, body in order, photos, byline, date and category', async () => {
    const { data } = await server.query(
      graphql(`query SeedArticle($slug: String!) { article(slug: $slug) {
        title lead language publishedAt publishedAtPrecision
        category { slug name } authors { name }
        text: body(format: TEXT) html: body
        blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }
        images { caption alt url credit }
        tags { name }
      } }`),
      { slug: mainSlug },
    );
    const a = data.article!;
    expect(a.title).toBe(
      'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương',
    );
    expect(a.lead).toMatch(
      /^Từ ngày 08 - 11\/7\/2025, Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an \(Văn phòng INTERPOL Việt Nam\)/,
    );
    expect(a.language).toBe('vi');
    // 8 July 2025 in Asia/Ho_Chi_Minh, and only the day is known.
    expect(a.publishedAt).toBe('2025-07-07T17:00:00.000Z');
    expect(a.publishedAtPrecision).toBe('DAY');
    expect(a.category).toEqual({ slug: 'tin-tuc', name: 'Tin tức' });
    expect(a.authors).toEqual([{ name: 'Hồng Dũng' }]);

    const paragraphs = a.blocks.flatMap((b) => (b.__typename === 'ParagraphBlock' ? [b.text] : []));
    expect(paragraphs).toHaveLength(13);
    expect(a.blocks.filter((b) => b.__typename === 'ImageBlock')).toHaveLength(4);
    expect(a.blocks[0]).toMatchObject({
      __typename: 'ParagraphBlock',
      text: expect.stringMatching(/^Tham dự Hội nghị có 70 đại biểu/),
    });
    expect(a.blocks.at(-1)).toMatchObject({
      text: expect.stringMatching(/^Bên lề Hội nghị, Đoàn đại biểu Việt Nam dự kiến/),
    });
    expect(a.text?.split('\n\n')).toHaveLength(13);
    const html = a.html ?? '';
    expect(html).toContain('<figcaption>Các đại biểu dự Hội nghị.</figcaption>');
    expect(html.indexOf('Phát biểu khai mạc')).toBeLessThan(
      html.indexOf('<figcaption>Thứ trưởng Nguyễn Văn Long phát biểu'),
    );

    expect(a.images.map((i) => i.caption)).toEqual([
      'Thứ trưởng Nguyễn Văn Long phát biểu tại Hội nghị.',
      'Ngài Edmund Goh, Trưởng Dự án phòng, chống tội phạm mạng khu vực châu Á - Thái Bình Dương của INTERPOL phát biểu tại Hội nghị.',
      'Thứ trưởng Nguyễn Văn Long trao quà lưu niệm tặng ngài Edmund Goh.',
      'Các đại biểu dự Hội nghị.',
    ]);
    // The page carries captions, not image addresses or credits: those stay empty.
    expect(a.images.every((i) => i.url === null && i.credit === null)).toBe(true);
    expect(a.images[1].alt).toContain('phòng chống tội phạm mạng');
  });

  it('has the people with rank, title and positions', async () => {
    const { data } = await server.query(
      graphql(`query SeedPeople {
      long: person(slug: "nguyen-van-long") { name rank title positions { title organisation { name } from to } }
      goh: person(slug: "edmund-goh") { name rank title positions { title organisation { name parent { shortName } funders { name } } } }
      quang: person(slug: "luong-tam-quang") { name title articles { nodes { title } } }
    }`),
    );
    expect(data.long).toEqual({
      name: 'Nguyễn Văn Long',
      rank: 'Thượng tướng',
      title: 'Thứ trưởng Bộ Công an',
      positions: [
        { title: 'Thứ trưởng', organisation: { name: 'Bộ Công an' }, from: null, to: null },
      ],
    });
    expect(data.goh?.rank).toBeNull();
    expect(data.goh?.positions[0].organisation).toEqual({
      name: 'Dự án phòng, chống tội phạm mạng khu vực châu Á - Thái Bình Dương',
      parent: { shortName: 'INTERPOL' },
      funders: [{ name: 'Vương quốc Anh' }],
    });
    expect(data.quang?.articles.nodes).toEqual([
      { title: 'Bộ trưởng Lương Tam Quang gặp song phương Bộ trưởng Bộ Công an Lào' },
    ]);
  });

  it('has the organisations with hierarchy and aliases', async () => {
    const { data: d } = await server.query(
      graphql(`query SeedOrganisations {
      bca: organisation(slug: "bo-cong-an") { name kind country { name } children { name aliases kind } }
      office: organisation(slug: "van-phong-co-quan-canh-sat-dieu-tra-bo-cong-an") { aliases parent { name } events { slug } }
      interpol: organisation(slug: "to-chuc-canh-sat-hinh-su-quoc-te") { shortName kind children { name } }
      gfce: organisation(slug: "dien-dan-toan-cau-ve-an-ninh-mang") { shortName }
      companies: organisations(filter: { kind: COMPANY }) { nodes { name } }
    }`),
    );
    expect(d.bca?.kind).toBe('GOVERNMENT_AGENCY');
    expect(d.bca?.country).toEqual({ name: 'Việt Nam' });
    expect(d.bca?.children.map((c) => c.name)).toEqual([
      'Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an',
      'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
      'Cục Cảnh sát hình sự',
      'Viện Khoa học hình sự',
      'Cục Đối ngoại',
      'Công an thành phố Hà Nội',
    ]);
    expect(d.office?.aliases).toContain('Văn phòng INTERPOL Việt Nam');
    expect(d.office?.parent).toEqual({ name: 'Bộ Công an' });
    expect(d.office?.events.map((e) => e.slug)).toContain(
      'hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong',
    );
    expect(d.interpol?.shortName).toBe('INTERPOL');
    expect(d.interpol?.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Ban phòng, chống tội phạm mạng', 'Ban Tổng thư ký']),
    );
    expect(d.gfce?.shortName).toBe('GFCE');
    expect(d.companies.nodes.map((n) => n.name).sort()).toEqual([
      'Group-IB',
      'Kaspersky',
      'Trend Micro',
    ]);
  });

  it('has the events with dates, place, counts, organisers, participants and parts', async () => {
    const { data } = await server.query(
      graphql(`query SeedEvents {
      conf: event(slug: "hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong") {
        kind startsAt endsAt datePrecision place { name } attendeeCount countryCount
        organisers { name } participants { name shortName }
        subEvents { name kind startsAt datePrecision dateText parent { kind } }
        articles { totalCount }
      }
      secure: event(slug: "chien-dich-secure") { kind shortName organisers { shortName } }
      hanoi: event(slug: "le-mo-ky-cong-uoc-ha-noi") { kind shortName startsAt datePrecision place { name } }
    }`),
    );
    const c = data.conf!;
    expect(c).toMatchObject({
      kind: 'CONFERENCE',
      startsAt: '2025-07-07T17:00:00.000Z',
      endsAt: '2025-07-10T17:00:00.000Z',
      datePrecision: 'DAY',
      place: { name: 'Hà Nội' },
      attendeeCount: 70,
      countryCount: 24,
      articles: { totalCount: 1 },
    });
    expect(c.organisers.map((o) => o.name)).toEqual([
      'Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an',
      'Ban phòng, chống tội phạm mạng',
    ]);
    const partners = c.participants.map((p) => p.shortName ?? p.name);
    for (const p of [
      'UNODC',
      'GFCE',
      'Kaspersky',
      'Trend Micro',
      'Uppsala',
      'Group-IB',
      'Vương quốc Anh',
      'Ban Tổng thư ký',
    ]) {
      expect(partners).toContain(p);
    }
    const session = c.subEvents.find((e) => e.kind === 'MEETING');
    expect(session).toMatchObject({
      name: 'Buổi làm việc với Công an thành phố Hà Nội',
      startsAt: '2025-07-09T05:00:00.000Z',
      datePrecision: 'HALF_DAY',
      dateText: 'chiều ngày 09/7/2025',
      parent: { kind: 'CONFERENCE' },
    });
    expect(data.secure).toEqual({
      kind: 'OPERATION',
      shortName: 'Chiến dịch SECURE',
      organisers: [{ shortName: 'INTERPOL' }],
    });
    expect(data.hanoi).toEqual({
      kind: 'CEREMONY',
      shortName: 'Công ước Hà Nội',
      startsAt: '2025-09-30T17:00:00.000Z',
      datePrecision: 'MONTH',
      place: { name: 'Việt Nam' },
    });
  });

  it('has the latest-news headlines as articles in their category, in page order', async () => {
    const { data } = await server.query(
      graphql(`query SeedHeadlines {
      category(slug: "tin-tuc") { articles(first: 100) { totalCount nodes { title lead publishedAt authors { name } } } }
    }`),
    );
    const articles = data.category!.articles;
    expect(articles.totalCount).toBe(20);
    const headlines = articles.nodes.filter((n) => n.publishedAt === null);
    expect(headlines).toHaveLength(19);
    expect(headlines[0].title).toBe(
      'Họp báo thông tin vụ bắt giữ đối tượng cướp ngân hàng xảy ra tại tỉnh Gia Lai',
    );
    expect(headlines.at(-1)?.title).toBe(
      'Công an tỉnh Thái Nguyên tổ chức viếng Trung tá Lao Hoàng Hải hy sinh khi thi hành công vụ',
    );
    // Nothing beyond the headline is invented.
    expect(headlines.every((h) => h.lead === null && h.authors.length === 0)).toBe(true);
  });

  it('lists the portal sections', async () => {
    const { data } = await server.query(graphql(`query SeedSections { categories { slug name } }`));
    expect(data.categories).toEqual([
      { slug: 'tin-tuc', name: 'Tin tức' },
      { slug: 'chi-dao-dieu-hanh', name: 'Chỉ đạo điều hành' },
      { slug: 'bo-voi-cong-dan', name: 'Bộ với công dân' },
    ]);
  });
});

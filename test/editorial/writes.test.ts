// Editors write through the API: who may, what a write does to every public path, optimistic
// locking, validation naming the field, revisions, slugs that keep working, idempotent retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { Place, PlaceKind } from '../../src/modules/place/place.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

const CREATE = `mutation Create($input: ArticleInput!) { createArticle(input: $input) { article { id slug version status title publishedAt body blocks { __typename ... on ParagraphBlock { text html } } tags { slug name } people { slug } category { slug } } } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: ArticleInput!) { updateArticle(id: $id, version: $version, input: $input) { article { id slug version title lead } } }`;
const PUBLISH = `mutation Publish($id: ID!, $version: Int!, $at: DateTime) { publishArticle(id: $id, version: $version, at: $at) { article { id version status publishedAt } } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $version: Int!, $reason: String!) { withdrawArticle(id: $id, version: $version, reason: $reason) { article { id version status withdrawnAt withdrawalReason } } }`;
const DELETE = `mutation Delete($id: ID!, $version: Int!) { deleteArticle(id: $id, version: $version) { deletedId } }`;

/** Every public path an article could be reached by, for one slug and id. */
const PUBLIC_PATHS = `query Paths($slug: String!, $id: ID!, $words: String!) {
  article(slug: $slug) { slug }
  node(id: $id) { id }
  latest(first: 100) { slug }
  articles(first: 100) { nodes { slug } }
  tag(slug: "toi-pham-mang") { articles(first: 100) { nodes { slug } } }
  search(query: $words, first: 50) { edges { node { ... on Article { slug } } } }
  main: article(slug: "tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong") { related(first: 20) { article { slug } } }
}`;

function seen(data: any, slug: string): string[] {
  const where: string[] = [];
  if (data.article?.slug === slug) where.push('article');
  if (data.node) where.push('node');
  if (data.latest.some((a: any) => a.slug === slug)) where.push('latest');
  if (data.articles.nodes.some((a: any) => a.slug === slug)) where.push('articles');
  if (data.tag.articles.nodes.some((a: any) => a.slug === slug)) where.push('tag');
  if (data.search.edges.some((e: any) => e.node.slug === slug)) where.push('search');
  if (data.main.related.some((r: any) => r.article.slug === slug)) where.push('related');
  return where;
}

describe.each(drivers)('editorial writes, on %s', (driver) => {
  let server: TestServer;
  let editor: Record<string, string>;
  let partner: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer(driver, {
      RELATED_CACHE_MS: '60000',
      MOST_READ_CACHE_MS: '60000',
    });
    editor = (await createTestKey(server, [KeyScope.EDITOR], { name: 'Bàn biên tập (test)' }))
      .bearer;
    partner = (await createTestKey(server, [KeyScope.PARTNER])).bearer;
  });
  afterAll(async () => server?.stop());

  const input = (over: Record<string, unknown> = {}) => ({
    title: '[synthetic] Bộ Công an triển khai chiến dịch truy quét lừa đảo trực tuyến',
    lead: 'Sapo thử nghiệm.',
    body: '<p>Đoạn một với <a href="https://bocongan.gov.vn/">liên kết</a> và <strong>chữ đậm</strong>.</p><p>Đoạn hai.</p>',
    category: 'tin-tuc',
    tags: ['toi-pham-mang', 'Lừa đảo trực tuyến'],
    people: ['nguyen-van-long'],
    ...over,
  });

  it('refuses writes without a key (401) and with a key that is not an editor (403), and writes nothing', async () => {
    const anon = await server.gql(CREATE, {
      input: input({ title: '[synthetic] Không được ghi' }),
    });
    expect(anon.status).toBe(401);
    expect(anon.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await server.gql(
      CREATE,
      { input: input({ title: '[synthetic] Không được ghi' }) },
      partner,
    );
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const found = await server.gql(
      `{ articles(first: 5, filter: { status: [DRAFT] }) { nodes { title } } }`,
      {},
      editor,
    );
    expect(found.body.data.articles.nodes.map((a: any) => a.title)).not.toContain(
      '[synthetic] Không được ghi',
    );
  });

  it('refuses a mutation sent by GET', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x", version: 1) { deletedId } }')}`,
      { headers: editor },
    );
    expect(res.status).toBe(405);
  });

  it('creates a draft that only editors see, with a folded slug, sanitised body, links and a new tag', async () => {
    const res = await server.gql(CREATE, { input: input() }, editor);
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data.createArticle.article;
    expect(a).toMatchObject({
      slug: 'synthetic-bo-cong-an-trien-khai-chien-dich-truy-quet-lua-dao-truc-tuyen',
      version: 1,
      status: 'DRAFT',
      publishedAt: null,
    });
    expect(a.category.slug).toBe('tin-tuc');
    expect(a.people.map((p: any) => p.slug)).toEqual(['nguyen-van-long']);
    expect(a.tags).toEqual([
      { slug: 'toi-pham-mang', name: 'Tội phạm mạng' },
      { slug: 'lua-dao-truc-tuyen', name: 'Lừa đảo trực tuyến' },
    ]);
    expect(a.blocks[0]).toEqual({
      __typename: 'ParagraphBlock',
      text: 'Đoạn một với liên kết và chữ đậm.',
      html: 'Đoạn một với <a href="https://bocongan.gov.vn/">liên kết</a> và <strong>chữ đậm</strong>.',
    });
    expect(a.body).toContain('<p>Đoạn hai.</p>');
    const anon = await server.gql(`query($slug: String!) { article(slug: $slug) { slug } }`, {
      slug: a.slug,
    });
    expect(anon.body.data.article).toBeNull();
  });

  it('publishes: the article appears on every public path at once', async () => {
    const created = (
      await server.gql(
        CREATE,
        { input: input({ title: '[synthetic] Xuất bản ngay: truy quét tội phạm mạng' }) },
        editor,
      )
    ).body.data.createArticle.article;
    const words = 'xuat ban ngay truy quet';
    const before = await server.gql(PUBLIC_PATHS, { slug: created.slug, id: created.id, words });
    expect(seen(before.body.data, created.slug)).toEqual([]);
    const published = await server.gql(PUBLISH, { id: created.id, version: 1 }, editor);
    expect(published.body.data.publishArticle.article).toMatchObject({
      version: 2,
      status: 'PUBLISHED',
    });
    const after = await server.gql(PUBLIC_PATHS, { slug: created.slug, id: created.id, words });
    expect(seen(after.body.data, created.slug)).toEqual([
      'article',
      'node',
      'latest',
      'articles',
      'tag',
      'search',
      'related',
    ]);
  });

  it('answers a stale version with CONFLICT (409), naming the current one, and changes nothing', async () => {
    const a = (
      await server.gql(
        CREATE,
        { input: input({ title: '[synthetic] Hai biên tập viên cùng sửa' }) },
        editor,
      )
    ).body.data.createArticle.article;
    const first = await server.gql(
      UPDATE,
      { id: a.id, version: 1, input: { lead: 'Bản sửa thứ nhất.' } },
      editor,
    );
    expect(first.body.data.updateArticle.article).toMatchObject({
      version: 2,
      lead: 'Bản sửa thứ nhất.',
    });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...editor,
      },
      body: JSON.stringify({
        query: UPDATE,
        variables: { id: a.id, version: 1, input: { lead: 'Bản sửa thứ hai, từ bản cũ.' } },
      }),
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const now = await server.gql(
      `query($id: ID!) { article(id: $id) { lead version } }`,
      { id: a.id },
      editor,
    );
    expect(now.body.data.article).toEqual({ lead: 'Bản sửa thứ nhất.', version: 2 });
  });

  it('lets exactly one of two simultaneous updates from the same version through', async () => {
    const a = (
      await server.gql(CREATE, { input: input({ title: '[synthetic] Sửa cùng lúc' }) }, editor)
    ).body.data.createArticle.article;
    const answers = await Promise.all(
      ['Bản của biên tập viên A.', 'Bản của biên tập viên B.'].map((lead) =>
        server.gql(UPDATE, { id: a.id, version: 1, input: { lead } }, editor),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers.find((r) => r.status === 200)!.body.data.updateArticle.article;
    const now = await server.gql(
      `query($id: ID!) { article(id: $id) { lead version history { totalCount } } }`,
      { id: a.id },
      editor,
    );
    expect(now.body.data.article).toEqual({
      lead: winner.lead,
      version: 2,
      history: { totalCount: 2 },
    });
  });

  it.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(301) }, 'title'],
    [{ lead: 'x'.repeat(1001) }, 'lead'],
    [{ category: 'khong-co-chuyen-muc-nay' }, 'category'],
    [{ people: ['nguyen-van-long', 'khong-co-ai'] }, 'people[1]'],
    [{ places: Array.from({ length: 51 }, (_, i) => `p${i}`) }, 'places'],
    [{ publishedAt: '2099-01-01T00:00:00Z' }, 'publishedAt'],
    [{ images: [{ url: 'javascript:alert(1)' }] }, 'images[0].url'],
    [{ body: '<p>a</p>', blocks: [{ kind: 'PARAGRAPH', text: 'b' }] }, 'body'],
    [{ body: undefined, blocks: [{ kind: 'IMAGE', image: 3 }] }, 'blocks[0].image'],
    [{ status: 'WITHDRAWN' }, 'status'],
  ])('refuses %j naming `%s`, and writes nothing', async (over, field) => {
    const title = `[synthetic] Bài lỗi ${field}`;
    const res = await server.gql(CREATE, { input: input({ title, ...over }) }, editor);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const drafts = await server.gql(
      `{ articles(first: 100, filter: { status: [DRAFT] }) { nodes { title } } }`,
      {},
      editor,
    );
    expect(drafts.body.data.articles.nodes.map((a: any) => a.title)).not.toContain(title);
  });

  it('keeps old slugs as redirects and records who changed what', async () => {
    const a = (
      await server.gql(CREATE, { input: input({ title: '[synthetic] Tiêu đề ban đầu' }) }, editor)
    ).body.data.createArticle.article;
    const renamed = (
      await server.gql(
        UPDATE,
        { id: a.id, version: 1, input: { title: '[synthetic] Tiêu đề đã sửa' } },
        editor,
      )
    ).body.data.updateArticle.article;
    expect(renamed.slug).toBe('synthetic-tieu-de-da-sua');
    const old = await server.gql(
      `query($s: String!) { article(slug: $s) { id slug } }`,
      { s: a.slug },
      editor,
    );
    expect(old.body.data.article).toEqual({ id: a.id, slug: 'synthetic-tieu-de-da-sua' });
    const history = await server.gql(
      `query($id: ID!) { article(id: $id) { history(first: 10) { totalCount nodes { version action keyName changes { field before after } } } } }`,
      { id: a.id },
      editor,
    );
    const h = history.body.data.article.history;
    expect(h.totalCount).toBe(2);
    expect(h.nodes[0]).toMatchObject({
      version: 2,
      action: 'UPDATE',
      keyName: 'Bàn biên tập (test)',
    });
    expect(h.nodes[0].changes).toEqual([
      {
        field: 'title',
        before: '"[synthetic] Tiêu đề ban đầu"',
        after: '"[synthetic] Tiêu đề đã sửa"',
      },
      { field: 'slug', before: '"synthetic-tieu-de-ban-dau"', after: '"synthetic-tieu-de-da-sua"' },
    ]);
    expect(h.nodes[1].action).toBe('CREATE');
    const forbidden = await server.gql(
      `{ latest(first: 1) { history { totalCount } } }`,
      {},
      partner,
    );
    expect(forbidden.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('withdraws: gone at once from every public path and cache, kept for editors with the reason', async () => {
    const a = (
      await server.gql(
        CREATE,
        {
          input: input({
            title: '[synthetic] Tin sẽ bị gỡ: truy quét tội phạm mạng',
            status: 'PUBLISHED',
          }),
        },
        editor,
      )
    ).body.data.createArticle.article;
    const words = 'tin se bi go truy quet';
    // Read it anonymously first, so the related and most-read caches hold it.
    const live = await server.gql(PUBLIC_PATHS, { slug: a.slug, id: a.id, words });
    expect(seen(live.body.data, a.slug)).toEqual([
      'article',
      'node',
      'latest',
      'articles',
      'tag',
      'search',
      'related',
    ]);
    const w = await server.gql(
      WITHDRAW,
      { id: a.id, version: 1, reason: 'Thông tin chưa được kiểm chứng' },
      editor,
    );
    expect(w.body.data.withdrawArticle.article).toMatchObject({
      version: 2,
      status: 'WITHDRAWN',
      withdrawalReason: 'Thông tin chưa được kiểm chứng',
    });
    const gone = await server.gql(PUBLIC_PATHS, { slug: a.slug, id: a.id, words });
    expect(seen(gone.body.data, a.slug)).toEqual([]);
    const forEditors = await server.gql(
      `{ articles(first: 100, filter: { status: [WITHDRAWN] }) { nodes { slug status } } }`,
      {},
      editor,
    );
    expect(forEditors.body.data.articles.nodes).toContainEqual({
      slug: a.slug,
      status: 'WITHDRAWN',
    });
  });

  it('deletes: the article is gone, its history stays, a second delete is NOT_FOUND', async () => {
    const a = (
      await server.gql(
        CREATE,
        { input: input({ title: '[synthetic] Bài sẽ bị xoá', status: 'PUBLISHED' }) },
        editor,
      )
    ).body.data.createArticle.article;
    const res = await server.gql(DELETE, { id: a.id, version: 1 }, editor);
    expect(res.body.data.deleteArticle.deletedId).toBe(a.id);
    const after = await server.gql(
      `query($id: ID!) { article(id: $id) { slug } }`,
      { id: a.id },
      editor,
    );
    expect(after.body.data.article).toBeNull();
    const again = await server.gql(DELETE, { id: a.id, version: 2 }, editor);
    expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('sanitises body HTML: the usual XSS vectors never survive, in what is stored or served', async () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">bấm</a>',
      '<a href="JaVaScRiPt:alert(1)">bấm</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">bấm</a>',
      '<iframe src="https://evil.example/"></iframe>',
      '<svg onload=alert(1)><circle/></svg>',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">đoạn văn</p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<a href="https://bocongan.gov.vn/" onmouseover="alert(1)">an toàn</a>',
      '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
      '<form action="javascript:alert(1)"><input type="submit"></form>',
    ];
    const res = await server.gql(
      CREATE,
      { input: input({ title: '[synthetic] Kiểm tra XSS', body: vectors.join('\n') }) },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    const a = res.body.data.createArticle.article;
    const served = await server.gql(
      `query($id: ID!) { article(id: $id) { body blocks { ... on ParagraphBlock { html } } } }`,
      { id: a.id },
      editor,
    );
    const html = [
      served.body.data.article.body,
      ...served.body.data.article.blocks.map((b: any) => b.html ?? ''),
    ].join('\n');
    for (const bad of [
      /<script/i,
      /onerror/i,
      /onload/i,
      /onclick/i,
      /onmouseover/i,
      /javascript:/i,
      /<iframe/i,
      /<svg/i,
      /<object/i,
      /<embed/i,
      /<form/i,
      /style=/i,
      /data:text/i,
    ]) {
      expect(html).not.toMatch(bad);
    }
    expect(html).toContain('<a href="https://bocongan.gov.vn/">an toàn</a>');
    expect(html).toContain('đoạn văn');
  });

  it('suggestLinks finds who and what the seed article mentions, with offsets into the text', async () => {
    const seed = await server.gql(
      `{ article(slug: "tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong") { body(format: TEXT) } }`,
    );
    const text: string = seed.body.data.article.body;
    const res = await server.gql(
      `query($text: String!) { suggestLinks(text: $text) { matched start end entity { __typename ... on Person { name } ... on Organisation { name shortName } ... on Event { name } ... on Place { name } } } }`,
      { text },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    const found = res.body.data.suggestLinks as any[];
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.matched);
    const names = new Set(found.map((s) => s.entity.name));
    for (const name of ['Nguyễn Văn Long', 'Edmund Goh', 'Bộ Công an', 'Hà Nội'])
      expect(names).toContain(name);
    const shortNames = new Set(found.map((s) => s.entity.shortName));
    for (const short of ['INTERPOL', 'UNODC']) expect(shortNames).toContain(short);
    expect(found.some((s) => /Kaspersky/.test(s.entity.name))).toBe(true);
    const anon = await server.gql(`{ suggestLinks(text: "Hà Nội") { matched } }`);
    expect(anon.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A read: the answer says what it needs without calling it writing.
    expect(anon.body.errors?.[0].message).toMatch(
      /^Suggesting links .* needs an API key with the editor scope/,
    );
    expect(anon.body.errors?.[0].message).not.toMatch(/[Ww]riting/);
  });

  it("suggestLinks matches without accents, and prefers the name written with the text's own accents", async () => {
    // [synthetic] A place whose name folds to the same words as Hà Nội.
    const em = server.running.orm.em.fork();
    em.create(Place, { slug: 'synthetic-ha-noi', name: 'Hả Nội', kind: PlaceKind.VENUE });
    await em.flush();
    const ask = async (text: string) =>
      (
        (
          await server.gql(
            `query($text: String!) { suggestLinks(text: $text) { matched entity { ... on Place { slug } } } }`,
            { text },
            editor,
          )
        ).body.data.suggestLinks as any[]
      ).map((s) => [s.matched, s.entity.slug]);
    expect(await ask('Hội nghị ở Hà Nội.')).toEqual([['Hà Nội', 'ha-noi']]);
    expect(await ask('Hội nghị ở Hả Nội.')).toEqual([['Hả Nội', 'synthetic-ha-noi']]);
    expect((await ask('hoi nghi o ha noi'))[0][0]).toBe('ha noi');
  });

  it('answers a retry with the same Idempotency-Key from the first answer, writing once; another body with that key is refused', async () => {
    const headers = { ...editor, 'idempotency-key': `test-${driver}-${Date.now()}` };
    const body = {
      query: CREATE,
      variables: { input: input({ title: '[synthetic] Gửi hai lần' }) },
    };
    const first = await post(server.url, body, headers);
    const second = await post(server.url, body, headers);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [(await first.json()) as any, (await second.json()) as any];
    expect(b.data).toEqual(a.data);
    const drafts = await server.gql(
      `{ articles(first: 100, filter: { status: [DRAFT] }) { nodes { title } } }`,
      {},
      editor,
    );
    expect(
      drafts.body.data.articles.nodes.filter((n: any) => n.title === '[synthetic] Gửi hai lần'),
    ).toHaveLength(1);
    const other = await post(
      server.url,
      { ...body, variables: { input: input({ title: '[synthetic] Khác' }) } },
      headers,
    );
    expect(other.status).toBe(422);
  });

  it('writes once when one Idempotency-Key arrives several times at once; a loser is told to retry, and the retry gets the answer', async () => {
    const headers = { ...editor, 'idempotency-key': `burst-${driver}-${Date.now()}` };
    const title = `[synthetic] Gửi cùng lúc ${driver}`;
    const body = { query: CREATE, variables: { input: input({ title }) } };
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const res = await post(server.url, body, headers);
        return { status: res.status, body: (await res.json()) as any };
      }),
    );
    for (const a of answers) {
      if (a.status === 200) expect(a.body.data.createArticle.article.title).toBe(title);
      else {
        expect(a.status).toBe(409);
        expect(['CONFLICT', 'IDEMPOTENCY_IN_PROGRESS']).toContain(a.body.errors[0].extensions.code);
      }
    }
    const written = answers
      .filter((a) => a.status === 200)
      .map((a) => a.body.data.createArticle.article.id);
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(new Set(written).size).toBe(1);
    const retry = await post(server.url, body, headers);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retry.json()) as any).data.createArticle.article.id).toBe(written[0]);
    const drafts = await server.gql(
      `{ articles(first: 100, filter: { status: [DRAFT] }) { nodes { title } } }`,
      {},
      editor,
    );
    expect(drafts.body.data.articles.nodes.filter((n: any) => n.title === title)).toHaveLength(1);
  });
});

describe('the write budget', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { EDITOR_WRITES_PER_MINUTE: '2' });
  });
  afterAll(async () => server?.stop());

  it("refuses writes over EDITOR_WRITES_PER_MINUTE (429) without touching the key's reading budget", async () => {
    const editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
    const write = (i: number) =>
      server.gql(CREATE, { input: { title: `[synthetic] Ngân sách ghi ${i}` } }, editor);
    const first = await write(1);
    expect(first.status).toBe(200);
    // Each write says what is left of the write budget, in writes.
    expect(first.body.extensions?.cost).toMatchObject({
      remaining: 1,
      perMinute: 2,
      unit: 'writes',
    });
    const second = await write(2);
    expect(second.status).toBe(200);
    expect(second.body.extensions?.cost).toMatchObject({
      remaining: 0,
      perMinute: 2,
      unit: 'writes',
    });
    const third = await write(3);
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const read = await server.gql('{ categories { slug } }', {}, editor);
    expect(read.status).toBe(200);
    expect(read.body.extensions?.cost.remaining).toBe(
      read.body.extensions?.cost.perMinute - read.body.extensions?.cost.requested,
    );
  });
});

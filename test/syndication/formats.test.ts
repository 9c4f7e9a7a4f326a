// What partners and aggregators read: ninjs 3.1 (validated against IPTC's schema), schema.org
// NewsArticle JSON-LD, RSS and Atom (parsed back by a real feed parser), and the Google News
// sitemap; withdrawn articles are in none of them.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const mainSlug =
  'tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong';

/** IPTC's schema, with a local stand-in for the GeoJSON schema it refers to by URL. */
function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(JSON.parse(readFileSync('test/fixtures/ninjs/ninjs-schema_3.1.json', 'utf8')));
}

describe.each(drivers)('partner formats, on %s', (driver) => {
  let server: TestServer;
  let editor: Record<string, string>;
  let photo: { id: string; slug: string };
  const validate = ninjsValidator();
  beforeAll(async () => {
    server = await startTestServer(driver);
    editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
    // [synthetic] An article with a photo that has an address (the seed's photos have none).
    const res = await server.gql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { article { id slug } } }`,
      {
        input: {
          title: '[synthetic] Ảnh minh hoạ: hội thảo an ninh mạng',
          lead: 'Sapo có dấu tiếng Việt: phòng, chống tội phạm mạng.',
          body: '<p>Đoạn văn.</p><figure><img src="https://example.org/anh.jpg" alt="Hội trường"><figcaption>Các đại biểu tại hội thảo.</figcaption></figure>',
          category: 'tin-tuc',
          tags: ['toi-pham-mang'],
          authors: ['hong-dung'],
          people: ['nguyen-van-long'],
          status: 'PUBLISHED',
        },
      },
      editor,
    );
    photo = res.body.data.createArticle.article;
  });
  afterAll(async () => server?.stop());

  it("IPTC's own example validates (the validator works offline)", () => {
    expect(
      validate(
        JSON.parse(readFileSync('test/fixtures/ninjs/example_complex_text_article.json', 'utf8')),
      ),
    ).toBe(true);
    expect(validate({ type: 'text' })).toBe(false); // uri is required
  });

  it('gives every seed article as valid ninjs 3.1', async () => {
    const res = await server.gql(`{ articles(first: 100) { nodes { slug ninjs } } }`);
    const nodes = res.body.data.articles.nodes as { slug: string; ninjs: any }[];
    expect(nodes.length).toBeGreaterThan(20);
    for (const n of nodes) {
      const ok = validate(n.ninjs);
      expect({ slug: n.slug, errors: ok ? null : validate.errors }).toEqual({
        slug: n.slug,
        errors: null,
      });
    }
  });

  it("names the seed article's people, organisations, places and events with our URIs, and its photos as associations", async () => {
    const res = await server.gql(`query($s: String!) { article(slug: $s) { ninjs } }`, {
      s: mainSlug,
    });
    const n = res.body.data.article.ninjs;
    expect(n).toMatchObject({
      type: 'text',
      language: 'vi',
      pubStatus: 'usable',
      by: 'Hồng Dũng',
      standard: { name: 'ninjs', version: '3.1' },
    });
    expect(n.headlines[0].value).toBe(
      'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương',
    );
    expect(n.people).toContainEqual({
      name: 'Nguyễn Văn Long',
      rel: 'mentions',
      uri: 'urn:bantin:person:nguyen-van-long',
    });
    expect(n.people).toContainEqual({
      name: 'Hồng Dũng',
      rel: 'author',
      uri: 'urn:bantin:person:hong-dung',
    });
    expect(n.organisations.map((o: any) => o.name)).toContain('Bộ Công an');
    expect(n.places.map((p: any) => p.name)).toContain('Hà Nội');
    expect(n.events.length).toBeGreaterThan(0);
    expect(n.subjects).toContainEqual({
      name: 'Tội phạm mạng',
      rel: 'about',
      uri: 'urn:bantin:tag:toi-pham-mang',
    });
    expect(n.associations).toHaveLength(4);
    expect(n.associations.map((a: any) => a.descriptions?.[0].value)).toContain(
      'Các đại biểu dự Hội nghị.',
    );
  });

  it('serves the same ninjs at /ninjs/articles/<slug>.json, cacheable and revalidated with 304', async () => {
    const res = await fetch(`${server.url}/ninjs/articles/${mainSlug}.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const body = await res.json();
    const viaGraphql = await server.gql(`query($s: String!) { article(slug: $s) { ninjs } }`, {
      s: mainSlug,
    });
    expect(body).toEqual(viaGraphql.body.data.article.ninjs);
    const etag = res.headers.get('etag')!;
    const lastModified = res.headers.get('last-modified')!;
    expect(
      (
        await fetch(`${server.url}/ninjs/articles/${mainSlug}.json`, {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304);
    expect(
      (
        await fetch(`${server.url}/ninjs/articles/${mainSlug}.json`, {
          headers: { 'if-modified-since': lastModified },
        })
      ).status,
    ).toBe(304);
    expect((await fetch(`${server.url}/ninjs/articles/khong-co-bai-nay.json`)).status).toBe(404);
  });

  it('gives JSON-LD with the fields Google requires for a NewsArticle', async () => {
    const res = await server.gql(
      `query($a: String!, $b: String!) { a: article(slug: $a) { jsonLd } b: article(slug: $b) { jsonLd } }`,
      { a: mainSlug, b: photo.slug },
    );
    const main = res.body.data.a.jsonLd;
    expect(main).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: expect.stringContaining('Tăng cường hợp tác'),
      author: [{ '@type': 'Person', name: 'Hồng Dũng' }],
    });
    expect(Date.parse(main.datePublished)).toBeGreaterThan(0);
    expect(main.image).toBeUndefined(); // the source gives no photo addresses
    expect(res.body.data.b.jsonLd.image).toEqual(['https://example.org/anh.jpg']);
  });

  it('writes RSS and Atom a feed reader parses, Vietnamese intact, with lead, author, category and photo enclosure', async () => {
    const parser = new Parser();
    for (const format of ['rss', 'atom']) {
      const res = await fetch(`${server.url}/feeds/latest.${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(
        format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
      );
      const feed = await parser.parseString(await res.text());
      expect(feed.items.length).toBeGreaterThan(20);
      const item = feed.items.find(
        (i) => i.title === '[synthetic] Ảnh minh hoạ: hội thảo an ninh mạng',
      )!;
      expect(item).toBeDefined();
      expect(item.link).toBe(`http://localhost:3000/${photo.slug}`);
      if (format === 'rss') {
        expect(item.contentSnippet ?? item.content).toContain('Sapo có dấu tiếng Việt');
        expect(item.enclosure?.url).toBe('https://example.org/anh.jpg');
        expect(item.categories).toContain('Tin tức');
      } else {
        expect(item.summary ?? item.contentSnippet).toContain('Sapo có dấu tiếng Việt');
      }
      expect(JSON.stringify(item)).toContain('Hồng Dũng');
    }
    const tag = await parser.parseString(
      await (await fetch(`${server.url}/feeds/tag/toi-pham-mang.rss`)).text(),
    );
    expect(tag.items.map((i) => i.title)).toContain(
      'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương',
    );
    const category = await fetch(`${server.url}/feeds/category/tin-tuc.atom`);
    expect(category.status).toBe(200);
    expect((await fetch(`${server.url}/feeds/tag/khong-co-the-nay.rss`)).status).toBe(404);
    expect((await fetch(`${server.url}/feeds/latest.json`)).status).toBe(404);
    const again = await fetch(`${server.url}/feeds/latest.rss`, {
      headers: {
        'if-none-match': (await fetch(`${server.url}/feeds/latest.rss`)).headers.get('etag')!,
      },
    });
    expect(again.status).toBe(304);
  });

  it('carries titles and leads as text in RSS and Atom: markup in them reaches no feed reader as markup', async () => {
    const vectors = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      ']]><b>cdata</b>',
      'A & B <i>',
      "<a href='javascript:alert(1)'>x</a>",
    ];
    const parser = new Parser();
    for (const [i, vector] of vectors.entries()) {
      const title = `[synthetic] Tiêu đề ${i} ${vector}`;
      const lead = `Sapo ${i} ${vector}`;
      const res = await server.gql(
        `mutation($input: ArticleInput!) { createArticle(input: $input) { article { slug } } }`,
        { input: { title, lead, category: 'tin-tuc', status: 'PUBLISHED' } },
        editor,
      );
      expect(res.body.errors).toBeUndefined();
    }
    for (const path of [
      '/feeds/latest.rss',
      '/feeds/latest.atom',
      '/feeds/category/tin-tuc.atom',
      '/feeds/category/tin-tuc.rss',
    ]) {
      const xml = await (await fetch(`${server.url}${path}`)).text();
      const feed = await parser.parseString(xml);
      for (const [i, vector] of vectors.entries()) {
        const item = feed.items.find((it) => (it.title ?? '').includes(`Tiêu đề ${i} `))!;
        expect(item, `${path} ${vector}`).toBeDefined();
        // As a reader takes it: the HTML in the element, which shown as HTML is the title's text.
        expect(item.title, path).toBe(
          `[synthetic] Tiêu đề ${i} ${vector}`.replace(
            /[&<>"']/g,
            (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
          ),
        );
        const summary = path.endsWith('.rss')
          ? item.content
          : (item as { summary?: string }).summary;
        expect(summary, path).toContain(`Sapo ${i} `);
        expect(summary, path).not.toMatch(/<(img|script|svg|b|i|a)\b/i);
      }
      for (const raw of ['<img src=x', '<script>', '<svg onload', '<b>cdata'])
        expect(xml, path).not.toContain(raw);
    }
  });

  it("lists the last two days' articles in the news sitemap", async () => {
    const res = await fetch(`${server.url}/sitemap-news.xml`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(text).toContain(`<loc>http://localhost:3000/${photo.slug}</loc>`);
    expect(text).toContain(
      '<news:title>[synthetic] Ảnh minh hoạ: hội thảo an ninh mạng</news:title>',
    );
    expect(text).not.toContain(mainSlug); // published in July 2025
  });

  it('drops a withdrawn article from ninjs, feeds and the sitemap at once', async () => {
    const created = await server.gql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { article { id slug } } }`,
      {
        input: {
          title: '[synthetic] Sẽ bị gỡ khỏi mọi định dạng',
          tags: ['toi-pham-mang'],
          status: 'PUBLISHED',
        },
      },
      editor,
    );
    const a = created.body.data.createArticle.article;
    expect(await (await fetch(`${server.url}/feeds/latest.rss`)).text()).toContain(a.slug);
    await server.gql(
      `mutation($id: ID!) { withdrawArticle(id: $id, version: 1, reason: "Gỡ") { article { status } } }`,
      { id: a.id },
      editor,
    );
    expect(await (await fetch(`${server.url}/feeds/latest.rss`)).text()).not.toContain(a.slug);
    expect(await (await fetch(`${server.url}/feeds/tag/toi-pham-mang.atom`)).text()).not.toContain(
      a.slug,
    );
    expect(await (await fetch(`${server.url}/sitemap-news.xml`)).text()).not.toContain(a.slug);
    expect((await fetch(`${server.url}/ninjs/articles/${a.slug}.json`)).status).toBe(404);
  });
});

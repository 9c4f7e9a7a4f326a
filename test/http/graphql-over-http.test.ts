// GraphQL over HTTP (graphql-http's audit suite), GET queries, content negotiation, HTTP caching
// (Cache-Control from cache hints, ETag / If-None-Match), automatic persisted queries.
import { createHash } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../helpers/databases.js';
import { buildExplorer } from '../helpers/explorer-build.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
// The explorer's files, as `npm run build` makes them (a clean checkout has none in dist/).
const explorerDir = await buildExplorer();
const latestTitle = '{ latest(first: 1) { title } }';

type Json = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

function get(
  server: TestServer,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return fetch(`${server.url}/graphql?${search}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
}

const json = async (res: Response) => (await res.json()) as Json;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

afterAll(() => rmSync(explorerDir, { recursive: true, force: true }));

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => server?.stop());

  it('passes every audit the specification requires (MUST), with no errors', async () => {
    const results: { id: string; name: string; status: string; reason?: string }[] = [];
    for (const audit of serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch })) {
      const result = await audit.fn();
      results.push({
        id: audit.id,
        name: audit.name,
        status: result.status,
        reason: 'reason' in result ? result.reason : undefined,
      });
    }
    expect(results.length).toBeGreaterThan(50);
    expect(
      results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${r.reason}`),
    ).toEqual([]);
    // The only advice (SHOULD) not followed, on purpose: a query that fails to parse or validate is
    // a 400 under application/json too (Apollo Server's choice; clients and caches see the failure).
    expect(
      results
        .filter((r) => r.status === 'warn')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['572B', '7B9B', 'FDE2']);
  });
});

describe.each(drivers)('HTTP caching and GET on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, {
      CACHE_MAX_AGE_SECONDS: '45',
      EXPLORER_DIR: explorerDir,
    });
  });
  afterAll(async () => server?.stop());

  it('runs queries by GET and answers in the media type asked for', async () => {
    const modern = await get(server, { query: latestTitle });
    expect(modern.status).toBe(200);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await json(modern)).data.latest[0].title).toMatch(/^Tăng cường hợp tác quốc tế/);
    const legacy = await get(server, { query: latestTitle }, { accept: 'application/json' });
    expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a partial result (data and an error) 200 under either media type, so clients keep the data', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const res = await post(
        server.url,
        { query: '{ categories { id } node(id: "bm9wZTox") { id } }' },
        { accept },
      );
      const body = (await res.json()) as {
        data: { categories: unknown[]; node: null };
        errors: { extensions: { code: string } }[];
      };
      expect(res.status, accept).toBe(200);
      expect(res.headers.get('content-type'), accept).toContain(accept);
      expect(body.data.categories.length).toBeGreaterThan(0);
      expect(body.data.node).toBeNull();
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('never runs a mutation by GET', async () => {
    const res = await get(server, { query: 'mutation { recordView(articleId: "QXJ0aWNsZTox") }' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await json(res)).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('marks public content cacheable for the configured time, view counts for less', async () => {
    const articles = await get(server, { query: latestTitle });
    expect(articles.headers.get('cache-control')).toBe('max-age=45, public');
    expect(articles.headers.get('vary')).toMatch(/Accept/);
    const withViews = await get(server, {
      query: '{ latest(first: 1) { title views(window: WEEK) } }',
    });
    expect(withViews.headers.get('cache-control')).toBe('max-age=10, public');
    const mostRead = await get(server, { query: '{ mostRead { rank } }' });
    expect(mostRead.headers.get('cache-control')).toBe('max-age=10, public');
  });

  it('never lets a write, an error or a caller-specific answer into a shared cache', async () => {
    const write = await post(server.url, {
      query: 'mutation { recordView(articleId: "QXJ0aWNsZTox") }',
    });
    expect(write.headers.get('cache-control')).toBe('no-store');
    const failed = await get(server, { query: '{ article(slug: "a", id: "b") { id } }' });
    expect(failed.status).toBe(200); // a partial answer: { article: null } and an error
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const refusedOutright = await get(server, { query: '{ articles(first: 0) { totalCount } }' });
    expect(refusedOutright.status).toBe(400);
    expect(refusedOutright.headers.get('cache-control')).toBe('no-store');
    const { key } = await createTestKey(server);
    for (const credential of [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }] as Record<
      string,
      string
    >[]) {
      const res = await get(server, { query: latestTitle }, credential);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('max-age=45, private');
      expect(res.headers.get('vary')).toMatch(/Authorization, X-API-Key/);
    }
    const refused = await get(
      server,
      { query: latestTitle },
      { authorization: 'Bearer not-a-key' },
    );
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('gives GET answers an ETag and answers If-None-Match with 304 and no body', async () => {
    const first = await get(server, { query: latestTitle });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    // As a browser revalidates (fetch() itself would add `Cache-Control: no-cache`, which rightly
    // asks for a full answer).
    const revalidate = { 'if-none-match': etag!, 'cache-control': 'max-age=0' };
    const again = await get(server, { query: latestTitle }, revalidate);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe('max-age=45, public');
    const other = await get(server, { query: '{ latest(first: 2) { title } }' }, revalidate);
    expect(other.status).toBe(200);
  });

  it('sends each answer as one JSON text whose ETag covers data and errors, not the budget in extensions', async () => {
    // The cost extension (budget left) changes per caller and request; the ETag does not.
    const anonymous = await get(server, { query: latestTitle });
    const { bearer } = await createTestKey(server);
    const partner = await get(server, { query: latestTitle }, bearer);
    const [a, b] = [await anonymous.text(), await partner.text()];
    expect(JSON.parse(a).data).toEqual(JSON.parse(b).data);
    expect(JSON.parse(a).extensions).not.toEqual(JSON.parse(b).extensions);
    expect(partner.headers.get('etag')).toBe(anonymous.headers.get('etag'));
    // Apollo's own bytes: errors, data, extensions, then a newline.
    expect(a).toBe(`${JSON.stringify(JSON.parse(a))}\n`);
    expect(Object.keys(JSON.parse(a))).toEqual(['data', 'extensions']);
    // Answers with errors, with or without data, carry one too (this gateway's, not Express's).
    const invalid = await get(server, { query: '{ nope }' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
    const refused = await get(server, { query: '{ article(slug: "x", id: "y") { title } }' });
    const text = await refused.text();
    expect(Object.keys(JSON.parse(text))).toEqual(['errors', 'data', 'extensions']);
    expect(refused.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
    expect(refused.headers.get('etag')).not.toBe(invalid.headers.get('etag'));
  });

  it('takes automatic persisted queries by GET: hash alone, then registered, then hash alone', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(latestTitle) } };
    const unknown = await get(server, { extensions });
    expect((await json(unknown)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    const registered = await get(server, { query: latestTitle, extensions });
    expect(registered.status).toBe(200);
    const byHash = await get(server, { extensions });
    expect(byHash.status).toBe(200);
    expect((await json(byHash)).data.latest[0].title).toMatch(/^Tăng cường/);
    expect(byHash.headers.get('cache-control')).toBe('max-age=45, public');
    const wrongHash = await get(server, {
      query: latestTitle,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('other') } },
    });
    expect(wrongHash.status).toBe(400);
  });

  it('serves the explorer to browsers and GraphQL to everyone else at the same address', async () => {
    const page = await fetch(`${server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'.*connect-src 'self'/,
    );
    const api = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(400);
    expect((await json(api)).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
  });
});

describe('explorer not built', () => {
  it('says how to build it, and GraphQL keeps working', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'bantin-no-explorer-'));
    const server = await startTestServer('sqlite', { EXPLORER_DIR: empty });
    try {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(503);
      expect(await page.text()).toMatch(/npm run build/);
      const api = await get(server, { query: latestTitle });
      expect(api.status).toBe(200);
    } finally {
      await server.stop();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// Trusted documents: with TRUSTED_DOCUMENTS_ONLY, anonymous callers run only registered
// operations (by id, or by their exact text); key holders run anything, APQ included.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { HomePageDocument } from '../generated/graphql.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

const manifest = 'test/generated/persisted-documents.json';
const homePageId = HomePageDocument.__meta__!.hash as string;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const seedTitle = /^Tăng cường hợp tác quốc tế/;

describe('trusted documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      TRUSTED_DOCUMENTS_FILE: manifest,
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
  });
  afterAll(async () => server?.stop());

  const json = async (res: Response) => ({
    status: res.status,
    body: (await res.json()) as {
      data?: any;
      errors?: { message: string; extensions: { code: string } }[];
    },
    sql: res.headers.get('x-sql-statements'),
  });

  it('runs a registered operation by id, by POST and by GET, for anonymous callers', async () => {
    expect(homePageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const byPost = await json(
      await post(server.url, { documentId: homePageId, variables: { first: 2 } }),
    );
    expect(byPost.status).toBe(200);
    expect(byPost.body.data.latest[0].title).toMatch(seedTitle);
    expect(byPost.body.data.latest).toHaveLength(2);
    const byGet = await fetch(`${server.url}/graphql?documentId=${encodeURIComponent(homePageId)}`);
    expect(byGet.status).toBe(200);
    expect(byGet.headers.get('cache-control')).toMatch(/public/);
    expect(((await byGet.json()) as { data: any }).data.latest).toHaveLength(10);
    // Apollo's persisted-query form with a registered hash works too.
    const apq = await json(
      await post(server.url, {
        extensions: { persistedQuery: { version: 1, sha256Hash: homePageId.slice(7) } },
      }),
    );
    expect(apq.status).toBe(200);
  });

  it('accepts the exact text of a registered operation, and introspection', async () => {
    const texts = Object.values(
      JSON.parse((await import('node:fs')).readFileSync(manifest, 'utf8')) as Record<
        string,
        string
      >,
    );
    const text = texts.find((t) => t.startsWith('query HomePage'))!;
    expect((await post(server.url, { query: text })).status).toBe(200);
    expect((await post(server.url, { query: '{ __schema { queryType { name } } }' })).status).toBe(
      200,
    );
  });

  it('refuses anything else from anonymous callers, before touching the database', async () => {
    const other = await json(await post(server.url, { query: '{ latest(first: 1) { title } }' }));
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(other.body.errors?.[0].message).toMatch(/registered operations/);
    expect(other.sql).toBeNull();
    const unknown = await json(await post(server.url, { documentId: `sha256:${sha256('nope')}` }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const apqOnly = await json(
      await post(server.url, {
        extensions: {
          persistedQuery: { version: 1, sha256Hash: sha256('{ categories { name } }') },
        },
      }),
    );
    expect(apqOnly.status).toBe(403);
  });

  it('lets key holders send any query, and use automatic persisted queries', async () => {
    const partner = await createTestKey(server, [KeyScope.PARTNER]);
    const q = '{ latest(first: 1) { title } }';
    const any = await json(await post(server.url, { query: q }, partner.bearer));
    expect(any.status).toBe(200);
    expect(any.body.data.latest[0].title).toMatch(seedTitle);
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(q) } };
    expect(
      (await json(await post(server.url, { query: q, extensions }, partner.bearer))).status,
    ).toBe(200);
    const byHash = await json(await post(server.url, { extensions }, partner.bearer));
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.latest[0].title).toMatch(seedTitle);
  });

  it('refuses a manifest whose hashes do not match, and the mode without a manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-manifest-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ [`sha256:${sha256('{ a }')}`]: '{ b }' }));
      expect(() => loadTrustedDocuments(bad)).toThrow(/is not "sha256:<hash of the document>"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' })).toThrow(
      /TRUSTED_DOCUMENTS_ONLY: needs TRUSTED_DOCUMENTS_FILE/,
    );
  });
});

// API keys from the command line to the wire: created once and shown once, stored hashed,
// listed and revoked; every way a key can be wrong is a 401 with a stable message.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey, KeyScope } from '../../src/modules/access/api-key.entity.js';
import { keysCommand } from '../../src/modules/access/keys-command.js';
import { graphql } from '../generated/index.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
/** The secret part of `bantin_<prefix>_<secret>` (the secret may itself contain `_`). */
const secretOf = (key: string) => key.slice('bantin_'.length + 13);
const viewerQuery = graphql(
  `query AccessViewer { viewer { kind keyName keyPrefix scopes keyExpiresAt canSeeUnpublished costLimit pointsPerMinute } }`,
);

describe.each(drivers)('API keys on %s', (driver) => {
  let server: TestServer;
  const em = () => server.running.orm.em.fork() as EntityManager;
  /** Runs `npm run keys -- <args>` in process; returns the exit code and what it printed. */
  const keys = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await keysCommand(args, em(), (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  };
  const send = (
    headers: Record<string, string>,
    query = '{ viewer { kind } }',
    path = '/graphql',
  ) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => server?.stop());

  it('creates a key shown once, stores only its hash, lists it without the secret', async () => {
    const created = await keys(
      'create',
      '--name',
      'TTXVN partner feed',
      '--scope',
      'partner',
      '--expires',
      '2099-01-31T00:00:00Z',
    );
    expect(created.code).toBe(0);
    const key = created.out.split('\n')[0];
    expect(key).toMatch(/^bantin_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const secret = secretOf(key);
    const stored = await em().findOneOrFail(ApiKey, { prefix: key.split('_')[1] });
    expect(stored).toMatchObject({ name: 'TTXVN partner feed', scopes: 'partner' });
    expect(stored.expiresAt?.toISOString()).toBe('2099-01-31T00:00:00.000Z');
    expect(JSON.stringify(stored)).not.toContain(secret);

    const listed = await keys('list');
    expect(listed.out).toContain(stored.prefix);
    expect(listed.out).toContain('TTXVN partner feed');
    expect(listed.out).not.toContain(secret);
    const json = JSON.parse((await keys('list', '--json')).out) as {
      prefix: string;
      lastUsedAt: string | null;
    }[];
    expect(json.find((k) => k.prefix === stored.prefix)?.lastUsedAt).toBeNull();

    // Works at once, and its use is recorded.
    const { data } = await server.query(viewerQuery, undefined, { authorization: `Bearer ${key}` });
    expect(data.viewer).toEqual({
      kind: 'PARTNER',
      keyName: 'TTXVN partner feed',
      keyPrefix: stored.prefix,
      scopes: ['PARTNER'],
      keyExpiresAt: '2099-01-31T00:00:00.000Z',
      canSeeUnpublished: false,
      costLimit: 10_000,
      pointsPerMinute: 200_000,
    });
    await expect
      .poll(async () => (await em().findOneOrFail(ApiKey, { prefix: stored.prefix })).lastUsedAt)
      .not.toBeNull();
  });

  it('refuses bad command lines with usage (exit 64) and writes nothing', async () => {
    const before = await em().count(ApiKey);
    for (const args of [
      ['create'],
      ['create', '--name', 'x', '--scope', 'admin'],
      ['create', '--name', 'x', '--expires', 'tomorrow'],
      ['create', '--name', 'x', '--expires', '2001-01-01'],
      ['create', '--name', 'x', '--bogus'],
      ['create', '--name', 'x', '--cost-limit', '0'],
      ['create', '--name', 'x', '--per-minute=-1'],
      ['create', '--name', 'x', '--per-minute', 'lots'],
      ['create', '--name', 'x', '--cost-limit', '5000', '--per-minute', '100'],
      ['revoke'],
      ['explode'],
      [],
    ]) {
      const { code, out } = await keys(...args);
      expect(code, args.join(' ')).toBe(64);
      expect(out, args.join(' ')).toMatch(/^error: .+\n\nusage:/);
    }
    expect((await keys('revoke', 'nosuchprefix')).code).toBe(1);
    expect(await em().count(ApiKey)).toBe(before);
  });

  it('gives a key budgets of its own when asked (a first-party frontend, say)', async () => {
    const created = await keys(
      'create',
      '--name',
      'Portal frontend',
      '--cost-limit',
      '60000',
      '--per-minute',
      '0',
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/cost limit 60000, budget unlimited per minute/);
    const bearer = { authorization: `Bearer ${created.out.split('\n')[0]}` };
    const { data } = await server.query(viewerQuery, undefined, bearer);
    expect(data.viewer).toMatchObject({
      kind: 'PARTNER',
      costLimit: 60_000,
      pointsPerMinute: null,
    });
    // 1 + 100 × (1 + 5 × (1 + 100 × 1)) = 50,601: over a partner's 10,000, within this key's 60,000.
    const big =
      '{ articles(first: 100) { nodes { people { articles(first: 100) { nodes { tags { name } } } } } } }';
    const ordinary = await createTestKey(server, [KeyScope.PARTNER]);
    expect(
      (await server.gql(big, undefined, ordinary.bearer)).body.errors?.[0].extensions?.code,
    ).toBe('QUERY_TOO_COMPLEX');
    const res = await server.gql(big, undefined, bearer);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cost).toEqual({
      requested: 50_601,
      limit: 60_000,
      remaining: null,
      perMinute: null,
    });
  });

  it('tells anonymous callers, partners and editors apart', async () => {
    const anonymous = await server.query(viewerQuery);
    expect(anonymous.data.viewer).toMatchObject({
      kind: 'ANONYMOUS',
      keyName: null,
      scopes: [],
      canSeeUnpublished: false,
    });
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const viaHeader = await server.query(viewerQuery, undefined, { 'x-api-key': editor.key });
    expect(viaHeader.data.viewer).toMatchObject({
      kind: 'EDITOR',
      scopes: ['EDITOR'],
      canSeeUnpublished: true,
    });
    const same = await server.query(viewerQuery, undefined, {
      'x-api-key': editor.key,
      authorization: `bearer ${editor.key}`,
    });
    expect(same.data.viewer.kind).toBe('EDITOR');
  });

  it('answers every unusable key with 401 UNAUTHENTICATED, a stable message, and no query run', async () => {
    const revoked = await createTestKey(server);
    expect((await keys('revoke', revoked.prefix)).code).toBe(0);
    // Expired a second ago (no waiting for a clock to pass it).
    const expired = await createTestKey(server, [KeyScope.PARTNER], {
      expiresAt: new Date(Date.now() - 1000),
    });
    const good = await createTestKey(server);
    const forged = good.key.slice(0, -4) + (good.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ['malformed', { authorization: 'Bearer 12345' }, '', /malformed/],
      ['wrong scheme', { authorization: `Basic ${good.key}` }, '', /Authorization: Bearer/],
      [
        'unknown prefix',
        { authorization: `Bearer bantin_zzzzzzzzzzzz_${secretOf(good.key)}` },
        '',
        /not recognised/,
      ],
      ['wrong secret', { authorization: `Bearer ${forged}` }, '', /not recognised/],
      ['revoked', { authorization: `Bearer ${revoked.key}` }, '', /revoked/],
      ['expired', { 'x-api-key': expired.key }, '', /expired/],
      [
        'two different keys',
        { authorization: `Bearer ${good.key}`, 'x-api-key': revoked.key },
        '',
        /Two different API keys/,
      ],
      ['key in the query string', {}, `?api_key=${good.key}`, /not accepted in the URL/],
      ['token in the query string', {}, `?access_token=${good.key}`, /not accepted in the URL/],
    ];
    for (const [name, headers, search, message] of cases) {
      const res = await send(headers, '{ latest(first: 1) { title } }', `/graphql${search}`);
      expect(res.status, name).toBe(401);
      expect(res.headers.get('www-authenticate'), name).toBe('Bearer realm="bantin"');
      expect(res.headers.get('x-sql-statements'), name).toBeNull();
      const body = (await res.json()) as {
        data?: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.data, name).toBeUndefined();
      expect(body.errors[0].extensions.code, name).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message, name).toMatch(message);
      expect(JSON.stringify(body), name).not.toContain(secretOf(good.key));
    }
    // The good key still works, and no key at all is simply anonymous.
    expect((await send(good.bearer)).status).toBe(200);
    expect((await post(server.url, { query: '{ viewer { kind } }' })).status).toBe(200);
  });

  it('refuses editor-only arguments to other callers with 403 FORBIDDEN', async () => {
    const partner = await createTestKey(server, [KeyScope.PARTNER]);
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const q = '{ articles(filter: { status: [DRAFT] }) { totalCount } }';
    for (const headers of [{}, partner.bearer]) {
      const res = await server.gql(q, undefined, headers);
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.body.errors?.[0].message).toMatch(/editor scope/);
    }
    const allowed = await server.gql(q, undefined, editor.bearer);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.articles.totalCount).toBe(0);
  });
});

describe.each(drivers)('guessing API keys on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { AUTH_FAILURES_PER_MINUTE: '5' });
  });
  afterAll(async () => server?.stop());

  const send = (key: string) =>
    post(server.url, { query: '{ viewer { kind } }' }, { authorization: `Bearer ${key}` });
  /** Runs fn and returns the statements it sent that read api_key. */
  async function keyLookups(fn: () => Promise<unknown>): Promise<number> {
    const config = server.running.orm.config;
    const original = config.get('onQuery');
    let lookups = 0;
    config.set('onQuery', (sql: string, params: unknown[]) => {
      if (/api_key/.test(sql) && /^select/i.test(sql)) lookups++;
      return original(sql, params);
    });
    try {
      await fn();
    } finally {
      config.set('onQuery', original);
    }
    return lookups;
  }

  it('looks a prefix up once, known or not, and the same way for both', async () => {
    const good = await createTestKey(server);
    const unknown = `bantin_zzzzzzzzzzzz_${secretOf(good.key)}`;
    const wrongSecret = good.key.slice(0, -4) + (good.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    // The same work for an unknown prefix and for a known one with a wrong secret: one lookup
    // the first time, none while the answer is remembered.
    expect(await keyLookups(() => send(unknown))).toBe(1);
    expect(await keyLookups(() => send(wrongSecret))).toBe(1);
    expect(await keyLookups(async () => (await send(unknown), await send(wrongSecret)))).toBe(0);
    expect((await send(good.key)).status).toBe(200);
  });

  it('refuses an address that keeps failing with 429 and Retry-After, before any lookup; anonymous requests go on', async () => {
    const statuses: number[] = [];
    let lookups = 0;
    for (let i = 0; i < 8; i++) {
      const prefix = `guess${String(i).padStart(7, '0')}`;
      lookups += await keyLookups(async () =>
        statuses.push((await send(`bantin_${prefix}_${'a'.repeat(43)}`)).status),
      );
    }
    // The budget (5 a minute) is partly spent by the test above: some 401s, then only 429s.
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(statuses.indexOf(429))).toEqual(
      statuses.slice(statuses.indexOf(429)).map(() => 429),
    );
    expect(lookups).toBe(statuses.filter((s) => s === 401).length);
    const refused = await send(`bantin_${'x'.repeat(12)}_${'a'.repeat(43)}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe('RATE_LIMITED');
    expect((await post(server.url, { query: '{ viewer { kind } }' })).status).toBe(200);
  });
});

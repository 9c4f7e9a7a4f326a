// Cost budgets and rate limits through HTTP: every answer says what it cost; a query over its
// caller's limit, too deep or too aliased is refused before it touches the database; a caller
// over budget gets 429 with Retry-After; keys and addresses have separate budgets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

type Cost = {
  requested: number;
  limit: number;
  remaining: number | null;
  perMinute: number | null;
};
const costOf = (body: { extensions?: Record<string, unknown> }) =>
  body.extensions?.cost as Cost | undefined;

// 1 (articles) + 10 × (authors 1 + tags 1) + totalCount 1 = 22.
const page =
  '{ articles(first: 10) { totalCount nodes { title authors { name } tags { name } } } }';
const aliased = (n: number, field = 'latest(first: 1) { title }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe.each(drivers)('cost and rate limits on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, {
      COST_LIMIT_ANONYMOUS: '500',
      COST_LIMIT_PARTNER: '5000',
      RATE_LIMIT_ANONYMOUS: '1000',
      RATE_LIMIT_PARTNER: '100000',
    });
  });
  afterAll(async () => server?.stop());

  it('reports the cost of every query, computed as the README says', async () => {
    const cases: [string, number][] = [
      ['{ latest(first: 2) { title } }', 1],
      [page, 22],
      // 1 + 5 × (1 + people 1 + 5 × (positions 1 + 5 × organisation 1)) = 166
      [
        '{ latest(first: 5) { title category { name } people { positions { organisation { name } } } } }',
        1 + 5 * (1 + 1 + 5 * (1 + 5 * 1)),
      ],
      // search 1 + 10, totalCount 1, 20 (default first) × node 1
      [
        '{ search(query: "toi pham") { totalCount edges { node { ... on Article { title } } } } }',
        1 + 10 + 1 + 20 * 1,
      ],
      ['{ categories { name } }', 1],
    ];
    for (const [query, expected] of cases) {
      const res = await server.gql(query);
      expect(res.body.errors, query).toBeUndefined();
      expect(costOf(res.body), query).toMatchObject({
        requested: expected,
        limit: 500,
        perMinute: 1000,
      });
    }
  });

  it('refuses a query over the caller’s limit before touching the database, and a partner key allows more', async () => {
    // 1 + 100 × 6 relations = 601
    const big =
      '{ articles(first: 100) { nodes { title people { name } tags { name } events { name } places { name } authors { name } organisations { name } } } }';
    const refused = await server.gql(big);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.errors?.[0].message).toMatch(
      /costs 601 points; at most 500 are allowed per query for anonymous callers/,
    );
    expect(refused.sql).toBe(0);
    const huge = await server.gql(
      '{ articles(first: 100) { nodes { people { articles(first: 100) { nodes { tags { name } } } } } } }',
    );
    expect(huge.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costOf(huge.body)).toMatchObject({ limit: 500 });
    expect(huge.sql).toBe(0);
    const partner = await createTestKey(server, [KeyScope.PARTNER]);
    const allowed = await server.gql(big, undefined, partner.bearer);
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.articles.nodes.length).toBeGreaterThan(0);
    expect(costOf(allowed.body)).toMatchObject({ requested: 601, limit: 5000 });
  });

  it('charges refused queries to the budget, so a flood of them runs out like any other', async () => {
    const flooded = await startTestServer(driver, {
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++)
        statuses.push(
          (
            await flooded.gql(
              '{ articles(first: 100) { nodes { people { articles(first: 100) { nodes { tags { name } } } } } } }',
            )
          ).status,
        );
      // 100 points per refusal: ten refusals (400), then the budget is spent (429).
      expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
      expect(statuses.slice(11)).toEqual([429, 429, 429, 429]);
    } finally {
      await flooded.stop();
    }
  });

  it('repeats a refusal of the same document from memory, and still charges it', async () => {
    const repeated = await startTestServer(driver, {
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
    });
    try {
      const bomb = aliased(40);
      const first = await repeated.gql(bomb);
      expect(first.status).toBe(400);
      expect(first.headers.get('x-sql-statements')).toBe('0'); // through GraphQL: parsed and validated
      const again = await repeated.gql(bomb);
      expect(again.status).toBe(400);
      expect(again.body.errors).toEqual(first.body.errors);
      // Refusals cost 100 points, and say so like any answer.
      expect(costOf(first.body)).toMatchObject({ requested: 100, limit: 500, perMinute: 1000 });
      expect(costOf(again.body)).toMatchObject({ requested: 100, limit: 500, perMinute: 1000 });
      expect(costOf(again.body)!.remaining).toBeLessThan(costOf(first.body)!.remaining!);
      expect(again.headers.get('x-sql-statements')).toBeNull(); // answered before GraphQL
      // A document refused for the caller's limits (over its cost limit) is not remembered: a key may run it.
      const overCost =
        '{ articles(first: 100) { nodes { title people { name } tags { name } events { name } places { name } authors { name } organisations { name } } } }';
      expect((await repeated.gql(overCost)).body.errors?.[0].extensions?.code).toBe(
        'QUERY_TOO_COMPLEX',
      );
      const partner = await createTestKey(repeated, [KeyScope.PARTNER]);
      expect((await repeated.gql(overCost, undefined, partner.bearer)).status).toBe(200);
      // Each repeat still costs 100 points: ten refusals spend the 1,000.
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await repeated.gql(bomb)).status);
      expect(statuses).toContain(429);
    } finally {
      await repeated.stop();
    }
  });

  it('refuses deep nesting and alias bombs as QUERY_TOO_COMPLEX, with no statement run', async () => {
    const deep =
      '{ person(slug: "nguyen-van-long") { positions { organisation { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    for (const [query, message] of [
      [deep, /nests fields 13 deep; at most 12/],
      [aliased(31), /more than 30 aliases/],
      // Aliases hidden in a fragment used many times count every time.
      [
        `{ ...F ...F } fragment F on Query { ${Array.from({ length: 16 }, (_, i) => `x${i}: categories { name }`).join(' ')} }`,
        /more than 30 aliases/,
      ],
    ] as const) {
      const res = await server.gql(query);
      expect(res.status, query).toBe(400);
      expect(
        res.body.errors?.map((e) => e.extensions?.code),
        query,
      ).toContain('QUERY_TOO_COMPLEX');
      expect(
        res.body.errors?.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')?.message,
        query,
      ).toMatch(message);
      expect(res.sql, query).toBe(0);
    }
    expect((await server.gql(aliased(30))).body.errors).toBeUndefined();
  });

  it('spends the budget per caller, answers 429 with Retry-After when it runs out, and refills', async () => {
    // A fresh server, so this budget starts full: 1000 points a minute for anonymous callers.
    const limited = await startTestServer(driver, {
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
    });
    try {
      const costly = '{ articles(first: 100) { nodes { title tags { name } events { name } } } }'; // 1 + 100 × 2 = 201
      const remaining: (number | null | undefined)[] = [];
      let refused;
      for (let i = 0; i < 10 && !refused; i++) {
        const res = await limited.gql(costly);
        if (res.status === 429) refused = res;
        else remaining.push(costOf(res.body)?.remaining);
      }
      // 1000 → 799 → 598 → 397 → 196 (plus what refilled meanwhile), then not enough for 201.
      expect(remaining.length).toBe(4);
      expect(remaining[0]).toBeGreaterThanOrEqual(799);
      expect(refused!.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(refused!.body.errors?.[0].message).toMatch(/Retry in \d+ s/);
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused!.sql).toBe(0);
      expect(costOf(refused!.body)).toMatchObject({ requested: 201, perMinute: 1000 });
      // A key has its own budget.
      const partner = await createTestKey(limited, [KeyScope.PARTNER]);
      expect((await limited.gql(costly, undefined, partner.bearer)).status).toBe(200);
      // Until Retry-After has passed, the caller is refused before its request is even read.
      const blocked = await limited.gql('{ categories { name } }');
      expect(blocked.status).toBe(429);
      expect(blocked.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(blocked.sql).toBeNaN(); // no GraphQL work at all: no statement counter either
      // The bucket refills at 1000/60 points a second.
      await new Promise((r) => setTimeout(r, Number(refused!.headers.get('retry-after')) * 1000));
      expect((await limited.gql(costly)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('client addresses behind a proxy', () => {
  const costly = '{ articles(first: 100) { nodes { title tags { name } events { name } } } }'; // 201 points
  const spend = async (server: TestServer, forwardedFor: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await server.gql(costly, undefined, { 'x-forwarded-for': forwardedFor })).status,
      );
    return statuses;
  };

  it('ignores X-Forwarded-For by default (a client cannot pick its own budget)', async () => {
    const server = await startTestServer('sqlite', {
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
    });
    try {
      expect(await spend(server, '203.0.113.1')).toContain(429);
      // Another claimed address is the same socket address: still out of budget.
      expect(
        (await server.gql(costly, undefined, { 'x-forwarded-for': '203.0.113.2' })).status,
      ).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('budgets per forwarded address when TRUST_PROXY names the proxy', async () => {
    const server = await startTestServer('sqlite', {
      RATE_LIMIT_ANONYMOUS: '1000',
      COST_LIMIT_ANONYMOUS: '500',
      TRUST_PROXY: 'loopback',
    });
    try {
      expect(await spend(server, '203.0.113.1')).toContain(429);
      expect(
        (await server.gql(costly, undefined, { 'x-forwarded-for': '203.0.113.2' })).status,
      ).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

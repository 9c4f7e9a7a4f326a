// Reads that scale: every statement the page operations run against `article` is served by an
// index in its order. The operations are the benchmark's own (bench/operations.ts) plus the
// article connections; each statement they issue is captured as the gateway sends it and
// explained by the database itself (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN (FORMAT JSON))
// on 10,000 articles (PostgreSQL with fresh statistics, SQLite with none, as in service), enough
// for both planners to prefer an index where one fits. A sequential scan of `article`, or a sort
// of article rows that were not fetched by id from a small set, fails the test.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations.js';
import { generateSynthetic, SYNTHETIC_PREFIX } from '../../seeds/synthetic.js';
import { testDrivers, type Driver } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';
import { initOrm } from '../../src/orm.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';

const drivers = await testDrivers();
const ARTICLES = 10_000;

type Statement = { sql: string; params: unknown[] };
type PgPlan = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Plans?: PgPlan[];
};

/** The article connections a frontend or partner pages through, beside the bench operations. */
const connections = [
  `{ articles(first: 20) { nodes { slug } } }`,
  `{ articles(first: 20, orderBy: PUBLISHED_AT_ASC) { nodes { slug } } }`,
  `{ articles(first: 20, orderBy: UPDATED_AT_DESC) { nodes { slug } } }`,
  `{ articles(first: 20, filter: { category: "chi-dao-dieu-hanh" }) { nodes { slug } } }`,
  `{ articles(first: 20, filter: { tag: "du-lieu-tong-hop" }) { nodes { slug } } }`,
  `{ articles(first: 20, filter: { updatedAfter: "2020-01-01T00:00:00Z" }, orderBy: UPDATED_AT_ASC) { nodes { slug } } }`,
  `{ latest(first: 10, category: "chi-dao-dieu-hanh") { slug } }`,
  `{ categories { slug articles(first: 5) { nodes { slug } } } }`,
  `{ tags(first: 5) { nodes { slug articles(first: 5) { nodes { slug } } } } }`,
];

/** Where in the SQL the article table is read, by the alias each statement gives it. */
function articleAliases(sql: string): Set<string> {
  const aliases = new Set<string>();
  for (const m of sql.matchAll(
    /\b(?:from|join)\s+[`"]?article[`"]?(?:\s+(?:as\s+)?[`"]?(\w+)[`"]?)?/gi,
  )) {
    const alias =
      m[1] && !/^(where|on|inner|left|join|order|group|limit)$/i.test(m[1]) ? m[1] : 'article';
    aliases.add(alias);
  }
  return aliases;
}

type SqlitePlanRow = { id: number; parent: number; detail: string };

/**
 * Why a SQLite plan reads too much of `article`, or null. A sort counts against article rows read
 * at its own level of the plan (the same parent): rows a subquery or CTE read in index order and
 * limited are not sorted whole by a sort above it.
 */
function sqliteProblem(plan: SqlitePlanRow[], aliases: Set<string>): string | null {
  const isRead = (row: SqlitePlanRow) =>
    [...aliases].some((a) => new RegExp(`^(SCAN|SEARCH) ${a}\\b`).test(row.detail));
  const reads = plan.filter(isRead);
  const fullScan = reads.find((row) => /^SCAN \w+$/.test(row.detail));
  if (fullScan) return `full scan of article: ${fullScan.detail}`;
  for (const sort of plan.filter((row) =>
    /USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/.test(row.detail),
  )) {
    const notById = reads.find(
      (row) =>
        row.parent === sort.parent && !/USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(row.detail),
    );
    if (notById) return `article rows read by ${notById.detail} are sorted whole`;
  }
  return null;
}

/** Why a PostgreSQL plan reads too much of `article`, or null. */
function postgresProblem(root: PgPlan): string | null {
  const articleReads = (node: PgPlan): PgPlan[] => [
    ...(node['Relation Name'] === 'article' ? [node] : []),
    ...(node.Plans ?? []).flatMap(articleReads),
  ];
  const byId = (n: PgPlan) => /\bid = /.test(n['Index Cond'] ?? n['Recheck Cond'] ?? '');
  const walk = (node: PgPlan): string | null => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'article')
      return 'sequential scan of article';
    if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
      const unbounded = articleReads(node).find((n) => !byId(n));
      if (unbounded)
        return `article rows read by ${unbounded['Node Type']} ${unbounded['Index Cond'] ?? ''} are sorted whole`;
    }
    for (const child of node.Plans ?? []) {
      const problem = walk(child);
      if (problem) return problem;
    }
    return null;
  };
  return walk(root);
}

describe.each(drivers)('query plans on %s', (driver: Driver) => {
  let server: TestServer;
  let ops: ReturnType<typeof operations>;

  beforeAll(async () => {
    server = await startTestServer(driver);
    // The set-up is a batch job, not a request: on connections of its own, without the request
    // statement timeout (a loaded machine took longer than 1.5 s for some of its statements).
    const setup = await initOrm({
      database: server.db.database,
      db: { poolMax: 2, connectTimeoutMs: 10_000, statementTimeoutMs: 600_000 },
    });
    try {
      await generateSynthetic(setup.em.fork() as EntityManager, { articles: ARTICLES });
    } finally {
      await setup.close(true);
    }
    const em = server.running.orm.em.fork() as EntityManager;
    // Statistics as each database has them in service: PostgreSQL's autovacuum keeps them; the
    // embedded SQLite has none, and its planner must still pick the order indexes.
    if (driver === 'postgresql') await em.execute('analyze');
    const knex = em.getKnex();
    const [article] = await knex('article')
      .select('slug')
      .where('slug', 'like', `${SYNTHETIC_PREFIX}%`)
      .orderBy('id')
      .offset(100)
      .limit(1);
    const [person] = await knex('article_people as l')
      .join('person as p', 'p.id', 'l.person_id')
      .select('p.slug')
      .count('* as n')
      .where('p.slug', 'like', `${SYNTHETIC_PREFIX}%`)
      .groupBy('p.slug')
      .orderBy('n', 'desc')
      .limit(1);
    const first = await server.gql(
      `{ articles(first: 100, orderBy: UPDATED_AT_ASC) { pageInfo { endCursor } } }`,
    );
    const partnerCursors = {
      bantin: [null, first.body.data.articles.pageInfo.endCursor],
      peer: [],
    };
    const changes = await server.gql(`{ changes(first: 1000) { pageInfo { endCursor } } }`);
    const changeCursors = {
      bantin: [null, changes.body.data.changes.pageInfo.endCursor],
      peer: [],
    };
    ops = operations({
      articleSlug: String(article.slug),
      personSlug: String(person.slug),
      partnerCursors,
      changeCursors,
    });
  }, 180_000);
  afterAll(async () => server?.stop());

  /** Runs a request and returns every statement it sent to the database. */
  async function statementsOf(
    body: { query: string; variables?: Record<string, unknown> },
    headers: Record<string, string> = {},
  ): Promise<Statement[]> {
    const config = server.running.orm.config;
    const original = config.get('onQuery');
    const seen: Statement[] = [];
    config.set('onQuery', (sql: string, params: unknown[]) => {
      seen.push({ sql, params });
      return original(sql, params);
    });
    try {
      const res = await server.gql(body.query, body.variables, headers);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    } finally {
      config.set('onQuery', original);
    }
    return seen;
  }

  async function problemOf(statement: Statement): Promise<string | null> {
    const conn = server.running.orm.em.getConnection();
    if (driver === 'sqlite') {
      const rows = (await conn.execute(
        `explain query plan ${statement.sql}`,
        statement.params as never,
      )) as SqlitePlanRow[];
      return sqliteProblem(rows, articleAliases(statement.sql));
    }
    const rows = (await conn.execute(
      `explain (format json) ${statement.sql}`,
      statement.params as never,
    )) as { 'QUERY PLAN': { Plan: PgPlan }[] }[];
    return postgresProblem(rows[0]['QUERY PLAN'][0].Plan);
  }

  async function checkAll(
    bodies: { query: string; variables?: Record<string, unknown> }[],
    headers: Record<string, string> = {},
  ) {
    const problems: string[] = [];
    let checked = 0;
    for (const body of bodies) {
      // Twice: the second run shows what a page costs once the shared caches are warm, the first
      // what a cold one costs; both must be index-served.
      for (const statement of [
        ...(await statementsOf(body, headers)),
        ...(await statementsOf(body, headers)),
      ]) {
        if (articleAliases(statement.sql).size === 0) continue;
        // totalCount counts the whole list by definition; it is asked for separately.
        if (/^select count\(/i.test(statement.sql)) continue;
        checked++;
        const problem = await problemOf(statement);
        if (problem) problems.push(`${problem}\n    in: ${statement.sql.slice(0, 300)}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }

  it.each(['HomePage', 'ArticlePage', 'PartnerPull', 'PersonPage'])(
    '%s reads article through indexes only',
    async (name) => {
      const op = ops.find((o) => o.name === name)!;
      await checkAll(op.bantin.bodies.map((b) => JSON.parse(b)));
    },
  );

  it('article connections (filters, orders, nested pages) read article through indexes only', async () => {
    await checkAll(connections.map((query) => ({ query })));
  });

  it("an editor's write (and the publication schedule it reads again) reads article through indexes only", async () => {
    const editor = (await createTestKey(server, [KeyScope.EDITOR], { name: 'query plans' })).bearer;
    await checkAll(
      [
        {
          query: `mutation { createArticle(input: { title: "[synthetic] Lịch đăng bài" }) { article { id } } }`,
        },
      ],
      editor,
    );
  });

  it('the check itself fails on a plan that sorts the whole table', async () => {
    const problem = await problemOf({
      sql: `select a.id from article a where a.status = 'PUBLISHED' order by (a.published_at is null) asc, a.published_at desc, a.id desc limit 21`,
      params: [],
    });
    expect(problem).not.toBeNull();
  });
});

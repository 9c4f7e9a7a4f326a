// A catalogue of hostile requests, each answered 4xx with a JSON error and a code: never a 5xx,
// never a stack trace, and never a database statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../helpers/databases.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

type Hostile = { name: string; status: number; code: string | RegExp; request: () => Promise<Response> };

describe.each(drivers)('hostile requests on %s', (driver) => {
  let server: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver, { BODY_LIMIT_BYTES: '20000', NODE_ENV: 'production' });
    closed = await startTestServer(driver, { INTROSPECTION: 'false', NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await server?.stop();
    await closed?.stop();
  });

  const post = (body: string | Buffer, headers: Record<string, string> = {}, target = () => server) =>
    fetch(`${target().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const query = (q: string, extra: Record<string, unknown> = {}, target = () => server) => post(JSON.stringify({ query: q, ...extra }), {}, target);
  const nested = (depth: number) => '{ person(slug: "x") { ' + 'positions { organisation { '.repeat(depth) + 'name' + ' } }'.repeat(depth) + ' } }';

  const catalogue: Hostile[] = [
    { name: 'deep nesting', status: 400, code: 'QUERY_TOO_COMPLEX', request: () => query(nested(8)) },
    {
      name: 'alias bomb',
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      request: () => query(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: articles(first: 100) { totalCount }`).join(' ')} }`),
    },
    { name: 'huge first', status: 400, code: /QUERY_TOO_COMPLEX|BAD_USER_INPUT/, request: () => query('{ articles(first: 1000000) { nodes { title tags { name } } } }') },
    { name: 'huge first, cheap selection', status: 400, code: 'BAD_USER_INPUT', request: () => query('{ articles(first: 1000000) { totalCount } }') },
    { name: 'negative first', status: 400, code: 'BAD_USER_INPUT', request: () => query('{ articles(first: -5) { totalCount } }') },
    { name: 'a batch of operations', status: 400, code: 'BAD_REQUEST', request: () => post(JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ categories { name } }' })))) },
    {
      name: 'circular fragments',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      request: () => query('{ ...A } fragment A on Query { categories { name } ...B } fragment B on Query { ...A }'),
    },
    {
      name: 'fragments that multiply',
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      request: () =>
        query(
          '{ ...F0 } ' +
            Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} x${i}: categories { name } ...F${i + 1} }`).join(' ') +
            ' fragment F12 on Query { categories { name } }',
        ),
    },
    { name: 'oversized body', status: 413, code: 'BAD_REQUEST', request: () => query(`{ search(query: "${'a'.repeat(30_000)}") { totalCount } }`) },
    { name: 'malformed JSON', status: 400, code: 'BAD_REQUEST', request: () => post('{"query": "{ categories { name } }"') },
    { name: 'JSON that is not an object', status: 400, code: 'BAD_REQUEST', request: () => post('"{ categories { name } }"') },
    { name: 'wrong content type', status: 415, code: 'BAD_REQUEST', request: () => post('query={categories{name}}', { 'content-type': 'application/x-www-form-urlencoded' }) },
    {
      name: 'mutation by GET',
      status: 405,
      code: 'BAD_REQUEST',
      request: () => fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { recordView(articleId: "QXJ0aWNsZTox") }')}`, { headers: { accept: 'application/json' } }),
    },
    { name: 'over-long search string', status: 400, code: 'BAD_USER_INPUT', request: () => query(`{ search(query: "${'tội phạm '.repeat(300)}") { totalCount } }`) },
    { name: 'over-long filter string', status: 400, code: 'BAD_USER_INPUT', request: () => query(`{ articles(filter: { tag: "${'x'.repeat(5000)}" }) { totalCount } }`) },
    {
      name: 'invalid UTF-8 in the body',
      status: 400,
      code: 'BAD_REQUEST',
      request: () => post(Buffer.concat([Buffer.from('{"query":"{ article(slug: \\"a'), Buffer.from([0xff, 0xfe]), Buffer.from('\\") { id } }"}')])),
    },
    { name: 'invalid UTF-8 in the query string', status: 400, code: 'BAD_REQUEST', request: () => fetch(`${server.url}/graphql?query=%7Bcategories%7Bname%7D%7D%FF`) },
    { name: 'a document over the token limit', status: 400, code: 'GRAPHQL_PARSE_FAILED', request: () => query(`{ ${'categories { name } '.repeat(800)} }`) },
    { name: 'variables of the wrong type', status: 400, code: 'BAD_USER_INPUT', request: () => query('query ($n: Int) { latest(first: $n) { title } }', { variables: { n: 'many' } }) },
    { name: 'an operation that is not there', status: 400, code: /BAD_REQUEST|OPERATION_RESOLUTION_FAILURE|GRAPHQL_VALIDATION_FAILED/, request: () => query('query A { categories { name } }', { operationName: 'B' }) },
    { name: 'introspection when disabled', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', request: () => query('{ __schema { types { name } } }', {}, () => closed) },
    { name: 'type probing when disabled', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', request: () => query('{ __type(name: "Article") { fields { name } } }', {}, () => closed) },
  ];

  it.each(catalogue.map((c) => [c.name, c] as const))('%s: 4xx, a JSON error with a code, no stack, no SQL', async (_name, hostile) => {
    const res = await hostile.request();
    const text = await res.text();
    expect(res.status).toBe(hostile.status);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = JSON.parse(text) as { errors: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.map((e) => e.extensions?.code).join(' ')).toMatch(hostile.code);
    expect(text).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+|at \w+ \(|stacktrace/);
    expect(res.headers.get('x-sql-statements') ?? '0').toBe('0');
  });

  it('gives anonymous callers in production no field-name suggestions', async () => {
    const res = await query('{ articel(slug: "x") { id } }');
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0].message).toBe('Cannot query field "articel" on type "Query".');
  });
});

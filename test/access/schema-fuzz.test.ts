// Every argument of every field in schema.graphql, Query, Mutation and nested fields alike, given
// hostile values of each kind: wrong types, null, NUL and control characters, lone surrogates,
// huge and negative numbers, deep nesting, forged ids and cursors. As an anonymous caller and as an
// editor, through variables and through literals, with the response cache on (its front door
// reads every anonymous request first). Whatever is sent: no 5xx, every error has a code a caller
// can act on (never INTERNAL_SERVER_ERROR), no stack trace, and the same process serves on.
//
// Two passes: a walk that gives each argument each kind of value once (deterministic), then
// fast-check's random combinations (seeded: FUZZ_SEED=<n> to explore others, FUZZ_RUNS=<n> for more).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { testDrivers } from '../helpers/databases.js';
import { createTestKey, startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();
const schema = buildSchema(
  readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'),
);
const seed = Number(process.env.FUZZ_SEED ?? 20260708);
const runs = Number(process.env.FUZZ_RUNS ?? 400);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const nodeTypes = ['Article', 'Person', 'Organisation', 'Event', 'Place', 'Category', 'Tag'];

/** Where a type is reached from the root: the selection that wraps a field of it. */
type Reach = { root: 'query' | 'mutation'; wrap: (inner: string) => string };

/** One argument of one field, and how to ask for that field. */
type Target = {
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  reach: Reach;
};

const requiredArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** A plausible value for an argument the test is not attacking. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  const byName: Record<string, unknown> = {
    String: 'interpol',
    ID: b64('Article:1'),
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: '2025-07-08T00:00:00Z',
    Date: '2025-07-08',
    JSONObject: {},
  };
  return byName[type.name] ?? 'x';
}

/** The selection that makes a field of this type run, whatever it returns. */
const selectionOf = (t: GraphQLNamedType) =>
  isObjectType(t) || isInterfaceType(t) || isUnionType(t) ? ' { __typename }' : '';

/** A literal for a value (arguments of path fields). */
function literal(value: unknown): string {
  if (value instanceof Nested) return '['.repeat(value.depth) + ']'.repeat(value.depth);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}

/** How to reach each object type from the roots: breadth first, fields that need no arguments first. */
function reaches(): Map<string, Reach> {
  const found = new Map<string, Reach>();
  const queue: [GraphQLObjectType, Reach][] = [
    [schema.getQueryType()!, { root: 'query', wrap: (s) => s }],
    [schema.getMutationType()!, { root: 'mutation', wrap: (s) => s }],
  ];
  found.set('Query', queue[0][1]);
  found.set('Mutation', queue[1][1]);
  while (queue.length > 0) {
    const [type, reach] = queue.shift()!;
    if (reach.root === 'mutation' && type.name !== 'Mutation') continue;
    const fields = Object.values(type.getFields()).sort(
      (a, b) => requiredArgs(a).length - requiredArgs(b).length,
    );
    for (const field of fields) {
      const target = getNamedType(field.type);
      const args = requiredArgs(field).map((a) => `${a.name}: ${literal(sample(a.type))}`);
      const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
      const possible =
        isUnionType(target) || isInterfaceType(target)
          ? schema.getPossibleTypes(target)
          : isObjectType(target)
            ? [target]
            : [];
      for (const next of possible) {
        if (found.has(next.name)) continue;
        const spread =
          next === target ? (s: string) => s : (s: string) => `... on ${next.name} { ${s} }`;
        const r: Reach = {
          root: reach.root,
          wrap: (s) => reach.wrap(`${call} { __typename ${spread(s)} }`),
        };
        found.set(next.name, r);
        queue.push([next, r]);
      }
    }
  }
  return found;
}

function targets(): Target[] {
  const reach = reaches();
  const out: Target[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const r = reach.get(type.name);
    if (!r) continue;
    for (const field of Object.values(type.getFields()))
      for (const arg of field.args) out.push({ type, field, arg, reach: r });
  }
  return out;
}

// Hostile values, by kind.
const NUL = 'a\u0000b';
/**
 * A list nested `depth` deep, kept as a marker: written out as text when sent (a real value that
 * deep overflows JSON.stringify's stack here too, as it did the gateway's).
 */
class Nested {
  constructor(readonly depth: number) {}
}
const nested = (depth: number) => new Nested(depth);

/** JSON text of a value, markers written out. */
function json(value: unknown): string {
  if (value instanceof Nested) return '['.repeat(value.depth) + ']'.repeat(value.depth);
  if (Array.isArray(value)) return `[${value.map(json).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    NUL,
    '\u0000',
    '\uD800',
    'a\uDFFFb',
    '\u202Eevil',
    '\u0007\u001b[31m',
    "' OR 1=1 --",
    '%_\\',
    '${x}',
    '<img src=x onerror=alert(1)>',
    ' ',
    '',
  ),
  fc.constantFrom('x'.repeat(5_000), 'tội phạm '.repeat(400), '😀'.repeat(300)),
);
const hugeNumber = fc.constantFrom(
  2_147_483_648,
  -2_147_483_649,
  2 ** 53 + 2,
  -9_007_199_254_740_991,
  1e308,
  -1e308,
  1.5,
  -0.5,
  0,
  -1,
);
const cursorValue = fc.oneof(
  hugeNumber,
  hostileText,
  fc.constant(null),
  fc.constant('rev'),
  fc.constant([1]),
  fc.constant({ a: 1 }),
  fc.constant('2025-07-08T00:00:00.000Z'),
);
const forgedCursor = fc.oneof(
  fc
    .tuple(cursorValue, fc.oneof(hugeNumber, fc.integer(), fc.constant('1')))
    .map((pair) => b64(JSON.stringify(pair))),
  fc.constantFrom(
    b64('[1e308,1]'),
    b64('[1.5,1]'),
    b64('[0,2147483648]'),
    b64('["a\\u0000",1]'),
    b64('[]'),
    b64('[1,2,3]'),
    b64('{}'),
    b64('x'),
    b64('[null,1]'),
    '',
    '!!!',
    'x'.repeat(600),
  ),
);
const forgedId = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...nodeTypes, 'Nope', 'article', ''),
      fc.oneof(
        hugeNumber.map(String),
        fc.constantFrom(
          '2147483647',
          '2147483648',
          '99999999999999999999',
          '-9007199254740991',
          '1e3',
          '0x10',
          '01',
          ' 1',
          '1:2',
        ),
        hostileText,
      ),
    )
    .map(([t, k]) => b64(`${t}:${k}`)),
  hostileText,
);
const hostileDate = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '10000-01-01T00:00:00Z',
  '2025-02-30T00:00:00Z',
  '1970-01-01T00:00:00+14:00',
  'yesterday',
  '',
  '-271821-04-20T00:00:00Z',
  '2025-07-08',
);
const wrongType = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(nested(13), nested(64), nested(5_000), { a: nested(2_000) }),
);

function hostileFor(type: GraphQLInputType, argName: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof(
      { weight: 5, arbitrary: hostileFor(type.ofType, argName, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  const kinds: fc.Arbitrary<unknown>[] = [fc.constant(null), wrongType];
  if (isListType(type))
    kinds.push(
      fc.array(hostileFor(type.ofType, argName, depth + 1), { maxLength: 3 }),
      hostileFor(type.ofType, argName, depth + 1),
    );
  else if (isEnumType(type))
    kinds.push(fc.constantFrom(...type.getValues().map((v) => v.name)), hostileText);
  else if (isInputObjectType(type)) {
    if (depth < 3) {
      const fields = Object.values(type.getFields());
      kinds.push(
        fc.record(
          Object.fromEntries(fields.map((f) => [f.name, hostileFor(f.type, f.name, depth + 1)])),
          { requiredKeys: [] },
        ),
      );
    }
  } else if (isScalarType(type)) {
    const byName: Record<string, fc.Arbitrary<unknown>[]> = {
      String: argName === 'after' ? [forgedCursor, hostileText] : [hostileText],
      ID: [forgedId],
      Int: [hugeNumber, fc.integer()],
      Float: [hugeNumber, fc.double()],
      Boolean: [fc.boolean(), fc.constantFrom('true', 1)],
      DateTime: [hostileDate, hostileText],
      Date: [hostileDate, hostileText],
      JSONObject: [wrongType],
    };
    kinds.push(...(byName[type.name] ?? [hostileText]));
  }
  return fc.oneof(...kinds);
}

/** The typed variable definitions and arguments for a call of `target` with `value`. */
function request(target: Target, value: unknown, asLiteral: boolean) {
  const others = requiredArgs(target.field).filter((a) => a !== target.arg);
  const defs: string[] = [];
  const passed: string[] = [];
  const variables: Record<string, unknown> = {};
  if (asLiteral) passed.push(`${target.arg.name}: ${literal(value)}`);
  else {
    defs.push(`$v: ${String(target.arg.type)}`);
    passed.push(`${target.arg.name}: $v`);
    variables.v = value;
  }
  for (const o of others) {
    defs.push(`$${o.name}: ${String(o.type)}`);
    passed.push(`${o.name}: $${o.name}`);
    variables[o.name] = sample(o.type);
  }
  const call = `${target.field.name}(${passed.join(', ')})${selectionOf(getNamedType(target.field.type))}`;
  const inner =
    target.type.name === 'Query' || target.type.name === 'Mutation' ? call : `__typename ${call}`;
  const query = `${target.reach.root}${defs.length ? ` (${defs.join(', ')})` : ''} { ${target.reach.wrap(inner)} }`;
  return { query, variables };
}

/** Codes a caller can act on: everything but an internal fault. */
const actionable =
  /^(BAD_USER_INPUT|BAD_REQUEST|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|NOT_FOUND|FORBIDDEN|UNAUTHENTICATED|CONFLICT|QUERY_TOO_COMPLEX|OPERATION_RESOLUTION_FAILURE)$/;

describe.each(drivers)('the whole schema under hostile input on %s', (driver) => {
  let server: TestServer;
  let editor: Record<string, string>;
  const all = targets();

  beforeAll(async () => {
    // No budgets: thousands of refused requests would otherwise end in 429s, which hide the rest.
    server = await startTestServer(driver, {
      NODE_ENV: 'production',
      RESPONSE_CACHE: 'true',
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_EDITOR: '0',
      EDITOR_WRITES_PER_MINUTE: '0',
    });
    editor = (await createTestKey(server, [KeyScope.EDITOR])).bearer;
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Sends one request; a description of what went wrong, or null. */
  async function attempt(
    target: Target,
    value: unknown,
    asEditor: boolean,
    asLiteral: boolean,
    get: boolean,
  ): Promise<string | null> {
    const { query, variables } = request(target, value, asLiteral);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(asEditor ? editor : {}),
    };
    let body: string | undefined =
      `{"query":${JSON.stringify(query)},"variables":${json(variables)}}`;
    let url = `${server.url}/graphql`;
    const search = `?${new URLSearchParams({ query, variables: json(variables) })}`;
    // GET while the URL fits Node's 16 kB of headers (past them Node answers 431 itself).
    if (get && target.reach.root === 'query' && search.length < 12_000) {
      url += search;
      body = undefined;
    }
    const res = await fetch(url, { method: body === undefined ? 'GET' : 'POST', headers, body });
    const text = await res.text();
    const what = () =>
      `${target.type.name}.${target.field.name}(${target.arg.name}: ${json(value).slice(0, 80)}) ${asEditor ? 'editor' : 'anonymous'} ${asLiteral ? 'literal' : 'variable'} ${body === undefined ? 'GET' : 'POST'} -> ${res.status} ${text.slice(0, 300)}`;
    if (res.status >= 500) return what();
    if (/node_modules|\.[jt]s:\d+|\bat \w+ \(/.test(text)) return `stack trace: ${what()}`;
    let parsed: { errors?: { extensions?: { code?: string } }[] };
    try {
      parsed = JSON.parse(text);
    } catch {
      return `not JSON: ${what()}`;
    }
    const codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'none');
    if (codes.some((c) => !actionable.test(c))) return `codes ${codes.join(',')}: ${what()}`;
    if (res.status >= 400 && codes.length === 0) return `no error: ${what()}`;
    return null;
  }

  it('walks every field and argument of schema.graphql, Query, Mutation and nested', () => {
    const fields = new Set(all.map((t) => `${t.type.name}.${t.field.name}`));
    // Every object type with arguments on its fields is reached (none is left out unseen).
    const withArgs = Object.values(schema.getTypeMap()).filter(
      (t) =>
        isObjectType(t) &&
        !t.name.startsWith('__') &&
        Object.values(t.getFields()).some((f) => f.args.length > 0),
    );
    expect(
      withArgs.map((t) => t.name).filter((name) => !all.some((x) => x.type.name === name)),
    ).toEqual([]);
    expect(fields).toContain('Query.articles');
    expect(fields).toContain('Mutation.updateArticle');
    expect(fields).toContain('Person.articles');
    expect(fields).toContain('Article.history');
  });

  it('gives each argument each kind of hostile value once, and answers every one with a code', async () => {
    const kinds: unknown[] = [
      null,
      'a\u0000b',
      '\uD800',
      2_147_483_648,
      -9_007_199_254_740_991,
      1e308,
      1.5,
      true,
      {},
      [],
      nested(20),
      nested(5_000),
      b64('[1e308,1]'),
      b64('[0,2147483648]'),
      b64('["a\\u0000",1]'),
      b64('Article:2147483648'),
      b64('Article:-9007199254740991'),
    ];
    const failures: string[] = [];
    for (const target of all) {
      for (const value of kinds) {
        for (const asEditor of [false, true]) {
          const failure = await attempt(target, value, asEditor, false, false);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers random hostile combinations with a code, never a 5xx (fast-check)', async () => {
    const arbitrary = fc
      .constantFrom(...all)
      .chain((target) =>
        fc.tuple(
          fc.constant(target),
          hostileFor(target.arg.type, target.arg.name),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
        ),
      );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([target, value, asEditor, asLiteral, get]) => {
        const failure = await attempt(target, value, asEditor, asLiteral, get);
        if (failure) throw new Error(failure);
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
  }, 300_000);

  it('still serves, in the same process, after all of it', async () => {
    const res = await server.gql('{ latest(first: 1) { title } }');
    expect(res.status).toBe(200);
    expect(res.body.data.latest).toHaveLength(1);
  });
});

// The cache policy read from the document (src/graphql/cache-policy.ts) must be the one Apollo's
// own cache-control plugin computes as fields resolve. Apollo's plugin runs here on the same
// schema with stand-in resolvers (every object present, every list of one), so it sees every
// field the document names; the answers are compared as Cache-Control headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { homePage, operations } from '../../bench/operations.js';
import { cachePolicyOf } from '../../src/graphql/cache-policy.js';
import { createSchema } from '../../src/graphql/schema.js';

const DEFAULT_MAX_AGE = 45;
const leaves: Record<string, unknown> = {
  String: 'x',
  ID: '1',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-01-01',
  DateTime: new Date(0),
  JSONObject: {},
};

/** A value of the type: every object present, every list of one. */
function standIn(type: GraphQLOutputType): unknown {
  if (isNonNullType(type)) return standIn(type.ofType);
  if (isListType(type)) return [standIn(type.ofType)];
  if (isCompositeType(type)) return {};
  if (isEnumType(type)) return type.getValues()[0].value;
  return leaves[getNamedType(type).name] ?? null;
}

/** Our schema with every field answered by a stand-in value, and Apollo's plugin on top. */
async function apolloWithStandIns() {
  const schema = await createSchema();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isAbstractType(type)) type.resolveType = () => schema.getPossibleTypes(type)[0].name;
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = () => standIn(field.type);
    }
  }
  const server = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE })],
  });
  await server.start();
  return { server, schema };
}

/** Values for an operation's variables that pass validation (the stand-ins ignore them). */
function variablesFor(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    if (v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue) continue;
    const name = v.type.type.kind === Kind.NAMED_TYPE ? v.type.type.name.value : 'String';
    values[v.variable.name.value] =
      name === 'Int' ? 1 : name === 'ArticleInput' ? { title: 'x' } : '1';
  }
  return values;
}

const examplesDir = join(import.meta.dirname, '../../src/explorer/examples');
const bench = operations({
  articleSlug: 'a',
  personSlug: 'p',
  partnerCursors: { bantin: [null], peer: [null] },
  changeCursors: { bantin: [null], peer: [null] },
});
const documents: [string, string][] = [
  ...readdirSync(examplesDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => [`explorer ${f}`, readFileSync(join(examplesDir, f), 'utf8')] as [string, string]),
  ...bench.map(
    (op) => [`bench ${op.name}`, JSON.parse(op.bantin.bodies[0]).query] as [string, string],
  ),
  ['bench HomePage (exported)', homePage.bantin],
  [
    'a fragment spread naming a hinted field',
    `query { latest(first: 1) { ...Card } } fragment Card on Article { title views(window: WEEK) }`,
  ],
  [
    'an inline fragment on a union member',
    `{ search(query: "x", first: 1) { nodes { ... on Article { views } } } }`,
  ],
  ['a field hinted through its type', `{ mostRead(first: 1) { rank } }`],
  ['only __typename', `{ __typename }`],
  ['introspection', `{ __schema { queryType { name } } }`],
];

describe('cache policy from the document', () => {
  it.each(documents)("%s: the same Cache-Control as Apollo's plugin", async (_name, text) => {
    const { server, schema } = await apolloWithStandIns();
    try {
      const document = parse(text);
      for (const operation of document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )) {
        const response = await server.executeOperation({
          query: text,
          operationName: operation.name?.value,
          variables: variablesFor(operation),
        });
        expect(
          response.body.kind === 'single' ? response.body.singleResult.errors : undefined,
          operation.name?.value,
        ).toBeUndefined();
        const apollo = response.http.headers.get('cache-control');
        const policy = cachePolicyOf(schema, document, operation, DEFAULT_MAX_AGE);
        const ours = policy.maxAge
          ? `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`
          : 'no-store';
        expect(ours, operation.name?.value ?? text).toBe(apollo);
      }
    } finally {
      await server.stop();
    }
  });
});

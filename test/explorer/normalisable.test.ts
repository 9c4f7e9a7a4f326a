// Client caches (Apollo Client, urql's graphcache, Relay) normalise objects by `id`: an example
// that selects a Node without its id makes them warn and lose data when the same object comes
// back in another shape. Every selection of a type that implements Node, in every example the
// explorer offers, includes `id`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const dir = 'src/explorer/examples';
const node = schema.getType('Node');
const isNode = (type: unknown): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((i) => i === node);
const selectsId = (set: SelectionSetNode) =>
  set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'id');

describe('explorer examples and client caches', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.graphql')))(
    '%s selects id on every Node',
    (file) => {
      const typeInfo = new TypeInfo(schema);
      const missing: string[] = [];
      visit(
        parse(readFileSync(join(dir, file), 'utf8')),
        visitWithTypeInfo(typeInfo, {
          // A field of a Node type, and a fragment on one inside a union (search hits), select id.
          Field(field) {
            const type = getNamedType(typeInfo.getType());
            if (field.selectionSet && isNode(type) && !selectsId(field.selectionSet))
              missing.push(`${field.name.value}: ${type.name}`);
          },
          InlineFragment(fragment) {
            const type = typeInfo.getType();
            if (isNode(type) && !selectsId(fragment.selectionSet))
              missing.push(`... on ${type.name}`);
          },
        }),
      );
      expect(missing).toEqual([]);
    },
  );
});

import { readFileSync } from 'node:fs';
import { buildSchema as buildSdl, type GraphQLNamedType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, schemaSdl } from '../../src/graphql/schema.js';

describe('schema.graphql', () => {
  it('is current: run `npm run schema` after changing the API', async () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(schemaSdl(await createSchema()));
  });

  it('describes every type and field', () => {
    const schema = buildSdl(readFileSync('schema.graphql', 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          const self = field.description ?? (isObjectType(type) ? type.getInterfaces().map((i) => i.getFields()[field.name]?.description).find(Boolean) : undefined);
          if (!self && !['Query'].includes(type.name) && !/^(cursor|node|edges|width|height)$/.test(field.name)) {
            missing.push(`${type.name}.${field.name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

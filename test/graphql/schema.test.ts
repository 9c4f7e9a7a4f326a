import { readFileSync } from 'node:fs';
import {
  buildSchema as buildSdl,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, schemaSdl } from '../../src/graphql/schema.js';

describe('schema.graphql', () => {
  it('is current: run `npm run schema` after changing the API', async () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(schemaSdl(await createSchema()));
  });

  // The explorer's documentation pane is read by partners' developers: nothing may be blank.
  it('describes every type, field, argument, enum value and directive', () => {
    const schema = buildSdl(readFileSync('schema.graphql', 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    for (const directive of schema.getDirectives()) {
      if (!directive.description) missing.push(`@${directive.name}`);
      for (const arg of directive.args)
        if (!arg.description) missing.push(`@${directive.name}(${arg.name})`);
    }
    expect(missing).toEqual([]);
  });
});

// What every operation's input must be before it runs, whatever field it reaches: no NUL
// character in any string (PostgreSQL cannot store one and SQLite ends its text there: a 500
// either way), every string in Unicode NFC (a rank typed in decomposed form finds what the
// composed one finds), and no subscription (this schema offers none). One pass over the
// document's string literals and the variables; arguments reach resolvers already clean.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { badInput } from '../platform/errors.js';
import type { Context } from './context.js';

const NUL = '\u0000';

/** Strings in NFC, in place; the path of the first string holding a NUL, if any. */
function cleanValue(value: unknown, path: string): { value: unknown; nulAt?: string } {
  if (typeof value === 'string')
    return value.includes(NUL) ? { value, nulAt: path } : { value: value.normalize('NFC') };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = cleanValue(value[i], `${path}[${i}]`);
      if (r.nulAt) return r;
      value[i] = r.value;
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const r = cleanValue(record[key], `${path}.${key}`);
      if (r.nulAt) return r;
      record[key] = r.value;
    }
  }
  return { value };
}

/** The document's string literals in NFC (in place: normalising twice changes nothing); false on a NUL. */
function cleanDocument(document: DocumentNode): boolean {
  let clean = true;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        clean = false;
        return;
      }
      const nfc = node.value.normalize('NFC');
      if (nfc !== node.value) (node as { value: string }).value = nfc;
    },
  });
  return clean;
}

const nulError = (where: string) =>
  badInput(`${where} holds a NUL character (\\u0000), which no text here can contain: remove it.`);

export function inputHygienePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions are not offered: ask with a query (and ask again for news).',
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            );
          }
          if (!cleanDocument(document)) throw nulError('A string in the query');
          if (request.variables) {
            const r = cleanValue(request.variables, 'variables');
            if (r.nulAt) throw nulError(`The variable ${r.nulAt.replace(/^variables\./, '$')}`);
          }
        },
      };
    },
  };
}

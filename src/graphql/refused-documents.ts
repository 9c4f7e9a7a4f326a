// Documents refused for what they are (unparsable, invalid, too deep or too aliased): the
// refusal does not depend on who sends them, so it is remembered by the document's hash, and the
// server's front (http/refused-documents.ts) repeats it without parsing or validating again.
import type { GraphQLFormattedError } from 'graphql';
import { LRUCache } from 'lru-cache';

export type Refusal = { status: number; errors: readonly GraphQLFormattedError[] };

/** Codes that come from the document alone, never from the caller, the variables or the data. */
const documentCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
]);

export class RefusedDocuments {
  private readonly refusals = new LRUCache<string, Refusal>({
    maxSize: 5_000_000,
    sizeCalculation: (r) => JSON.stringify(r.errors).length + 64,
  });

  /** Remembers a refusal if it is one of the document's own (caller-specific ones are not). */
  remember(
    queryHash: string | undefined,
    status: number,
    errors: readonly GraphQLFormattedError[],
  ) {
    if (!queryHash || errors.length === 0) return;
    if (!errors.every((e) => documentCodes.has(String(e.extensions?.code)))) return;
    this.refusals.set(queryHash, { status, errors });
  }

  get(queryHash: string): Refusal | undefined {
    return this.refusals.get(queryHash);
  }
}

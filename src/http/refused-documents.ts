// Documents refused for what they are (unparsable, invalid, too deep or too aliased): the
// refusal does not depend on who sends them, so it is remembered by the document's hash and
// repeated without parsing or validating again. A flood that repeats itself costs a hash.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { queryStringOf } from './guards.js';

type Refusal = { status: number; errors: readonly GraphQLFormattedError[] };

/** Codes that come from the document alone, never from the caller, the variables or the data. */
const documentCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']);

export class RefusedDocuments {
  private readonly refusals = new LRUCache<string, Refusal>({
    maxSize: 5_000_000,
    sizeCalculation: (r) => JSON.stringify(r.errors).length + 64,
  });

  /** Remembers a refusal if it is one of the document's own (caller-specific ones are not). */
  remember(queryHash: string | undefined, status: number, errors: readonly GraphQLFormattedError[]) {
    if (!queryHash || errors.length === 0) return;
    if (!errors.every((e) => documentCodes.has(String(e.extensions?.code)))) return;
    this.refusals.set(queryHash, { status, errors });
  }

  get(queryHash: string): Refusal | undefined {
    return this.refusals.get(queryHash);
  }
}

const queryOf = (req: Parameters<RequestHandler>[0]): string | undefined => {
  if (req.method === 'POST') {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    return typeof query === 'string' ? query : undefined;
  }
  return new URLSearchParams(queryStringOf(req)).get('query') ?? undefined;
};

/** Answers a document refused before from memory; `charge` takes its cost from the caller's budget. */
export function repeatRefusals(
  refused: RefusedDocuments,
  charge: (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) => Promise<Record<string, unknown>>,
): RequestHandler {
  return async (req, res, next) => {
    const query = queryOf(req);
    if (query === undefined) return next();
    const refusal = refused.get(createHash('sha256').update(query).digest('hex'));
    if (!refusal) return next();
    let cost: Record<string, unknown>;
    try {
      cost = await charge(req, res);
    } catch (err) {
      return next(err);
    }
    const modern = req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json';
    res.status(refusal.status).setHeader('cache-control', 'no-store');
    res.type(modern ? 'application/graphql-response+json' : 'application/json').send(JSON.stringify({ errors: refusal.errors, extensions: { cost } }));
  };
}

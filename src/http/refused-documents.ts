// Answers a document refused before (graphql/refused-documents.ts remembers them) without
// parsing or validating it again: a flood that repeats itself costs a hash.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { RefusedDocuments } from '../graphql/refused-documents.js';
import { queryStringOf } from './guards.js';

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
  charge: (
    req: Parameters<RequestHandler>[0],
    res: Parameters<RequestHandler>[1],
  ) => Promise<Record<string, unknown>>,
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
    const modern =
      req.accepts(['application/json', 'application/graphql-response+json']) ===
      'application/graphql-response+json';
    res.status(refusal.status).setHeader('cache-control', 'no-store');
    res
      .type(modern ? 'application/graphql-response+json' : 'application/json')
      .send(JSON.stringify({ errors: refusal.errors, extensions: { cost } }));
  };
}

// The shape of a GraphQL request's parameters, checked where they enter (the cache's front door
// and the Express route alike), before anything walks them: every later step (the cache key, the
// input hygiene, Apollo's variable coercion, class-validator) recurses over `variables` and
// `extensions`, and a value nested thousands deep overflows the stack in whichever comes first.
// No input of this schema nests deeper than a few levels; anything past the bound is refused
// here, with a code, by a walk that does not recurse.
import type { Request, RequestHandler } from 'express';
import { jsonError, queryStringOf, requestIdOf } from './guards.js';

/** Parameters of GraphQL over HTTP, as sent (POST body, or GET query string). */
export type GraphQLParams = {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
  documentId?: unknown;
};

/** How deep a JSON value nests (a scalar is 0, `[]` and `{}` are 1), counted up to `limit + 1`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return deepest;
}

/** What is wrong with the parameters' shape, in words for the caller; undefined when nothing is. */
export function paramsProblem(params: GraphQLParams, maxDepth: number): string | undefined {
  for (const name of ['variables', 'extensions'] as const) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value))
      return `\`${name}\` must be a JSON object.`;
    if (nestingDepth(value, maxDepth) > maxDepth) {
      return `\`${name}\` nests deeper than ${maxDepth} levels, more than any input of this API needs: send it flatter.`;
    }
  }
  return undefined;
}

/** The GET query string's parameters; undefined when `variables` or `extensions` is not JSON. */
export function paramsOfQueryString(queryString: string): GraphQLParams | undefined {
  const search = new URLSearchParams(queryString);
  try {
    return {
      query: search.get('query') ?? undefined,
      operationName: search.get('operationName') ?? undefined,
      variables: search.has('variables') ? JSON.parse(search.get('variables')!) : undefined,
      documentId: search.get('documentId') ?? undefined,
      extensions: search.has('extensions') ? JSON.parse(search.get('extensions')!) : undefined,
    };
  } catch {
    return undefined; // Apollo says what is wrong with it.
  }
}

const parsed = Symbol('GraphQL parameters');

/**
 * A request's GraphQL parameters: a POST's JSON body, or a GET's (or HEAD's) query string,
 * parsed once per request (the shape check, then the response cache, read them).
 */
export function paramsOfRequest(req: Request): GraphQLParams | undefined {
  const memo = req as Request & { [parsed]?: GraphQLParams | undefined };
  if (parsed in memo) return memo[parsed];
  const params =
    req.method === 'POST'
      ? req.body && typeof req.body === 'object' && !Array.isArray(req.body)
        ? (req.body as GraphQLParams)
        : undefined
      : paramsOfQueryString(queryStringOf(req));
  return (memo[parsed] = params);
}

/** Refuses (400) parameters nested past `maxDepth`, by POST or GET, before anything walks them. */
export function checkParamsShape(maxDepth: number): RequestHandler {
  return (req, res, next) => {
    const params = paramsOfRequest(req);
    const problem = params && paramsProblem(params, maxDepth);
    if (problem) return jsonError(res, 400, 'BAD_REQUEST', problem, requestIdOf(req));
    next();
  };
}

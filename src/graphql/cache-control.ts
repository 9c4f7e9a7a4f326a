// HTTP cache hints. `@cacheControl` in the schema; the shortest max-age among the fields an
// answer holds (public content defaults to CACHE_MAX_AGE_SECONDS, see cache-policy.ts) becomes
// `Cache-Control`: `public, max-age=N`, or `no-store` when anything in it must not be cached
// (errors, mutations, caller-specific data).
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  type FormattedExecutionResult,
} from 'graphql';
import type { Context } from './context.js';
import { cachePolicyOf, type CachePolicy } from './cache-policy.js';

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description:
    "Who may keep a cached response: any cache (PUBLIC) or only the caller's own (PRIVATE).",
  values: {
    PUBLIC: { description: 'Shared caches (CDNs, proxies) may keep it.' },
    PRIVATE: { description: "Only the caller's own cache may keep it." },
  },
});

export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a field or type may be cached over HTTP (Cache-Control: max-age).',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds.' },
    scope: { type: CacheControlScope, description: 'Who may keep it.' },
    inheritMaxAge: { type: GraphQLBoolean, description: 'Take the max-age of the parent field.' },
  },
});

/** For `@Directive(...)`: the hints the schema uses, named for what they protect. */
export const cacheHint = {
  /** View counts move every few seconds; the most-read lists are cached 10 s in memory too. */
  viewCounts: '@cacheControl(maxAge: 10)',
  /** Writes, and answers about the caller, are never cached. */
  never: '@cacheControl(maxAge: 0)',
} as const;

/** What an answer depends on besides its URL and body: the media type asked for and the key. */
export const VARY = 'Accept, Authorization, X-API-Key';

/**
 * The Vary of a GraphQL answer: when CORS_ORIGINS lists origins, an answer names the caller's
 * origin (Access-Control-Allow-Origin), so a shared cache must keep one copy per Origin too.
 */
export const varyOf = (corsOrigins: '*' | string[]) =>
  corsOrigins === '*' ? VARY : `${VARY}, Origin`;

/**
 * `Cache-Control` from the operation's cache policy (cache-policy.ts): `public, max-age=N` or
 * `private` for key holders, `no-store` for an answer with errors or a max-age of 0. An answer
 * depends on the Accept header (JSON or graphql-response+json) and on the caller; an answer to a
 * key holder is private, so no shared cache ever hands one caller's answer (an editor's drafts,
 * say) to another.
 */
export function httpCachePlugin(defaultMaxAge: number, vary: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      let policy: CachePolicy = {};
      return {
        async didResolveOperation({ schema, document, operation }) {
          policy = operation
            ? { ...cachePolicyOf(schema, document, operation, defaultMaxAge) }
            : {};
          if (contextValue.caller.kind !== 'anonymous') policy.scope = 'PRIVATE';
        },
        async willSendResponse({ response }) {
          response.http.headers.set('vary', vary);
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          // Apollo marks a persisted-query miss `private, no-cache, must-revalidate`; nothing
          // about a miss, or any answer with errors, is worth keeping anywhere.
          const cacheable =
            response.body.kind === 'single' &&
            !errors &&
            policy.maxAge !== undefined &&
            policy.maxAge > 0;
          response.http.headers.set(
            'cache-control',
            cacheable
              ? `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`
              : 'no-store',
          );
        },
      };
    },
  };
}

/** An answer's headers, by what it says (its `data`, or its `errors` when it has none). */
const headersOfAnswer = new WeakMap<object, HeaderMap>();

/**
 * Notes each answer's headers, for `stringifyResult` to set its ETag. Last among the plugins:
 * the error plugin replaces the errors it formats, and the answer must be found as it is sent.
 */
export function etagPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const said = data ?? errors;
          if (said) headersOfAnswer.set(said, response.http.headers);
        },
      };
    },
  };
}

/** The JSON text of an answer's `data`, as sent (the response cache stores it). */
export const dataText = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: the answer as JSON (the same bytes as Apollo's own: errors, data,
 * extensions, then a newline), serialised once. Its ETag is the hash of the data and errors
 * text: it covers what the answer says, not `extensions` (the budget left changes on every
 * request), so an unchanged answer revalidates to 304. Before, the ETag took a second
 * serialisation of the whole answer: 8 % of a PartnerPull's CPU.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const errors = result.errors === undefined ? undefined : JSON.stringify(result.errors);
  const data = result.data === undefined ? undefined : JSON.stringify(result.data);
  const said = result.data ?? result.errors;
  const headers = said ? headersOfAnswer.get(said) : undefined;
  if (headers) {
    // Over the text's UTF-16 code units, as JavaScript holds it: for Vietnamese text that is a
    // copy, where UTF-8 is an encoding (hashing a 230 KB page: 0.5 ms as UTF-8, 0.23 ms so).
    const digest = createHash('sha1')
      .update(data ?? 'undefined', 'utf16le')
      .update('\n')
      .update(errors ?? 'undefined', 'utf16le')
      .digest('base64url');
    headers.set('etag', `W/"${digest}"`);
  }
  if (result.data && data !== undefined) dataText.set(result.data, data);
  const parts: string[] = [];
  if (errors !== undefined) parts.push(`"errors":${errors}`);
  if (data !== undefined) parts.push(`"data":${data}`);
  if (result.extensions !== undefined)
    parts.push(`"extensions":${JSON.stringify(result.extensions)}`);
  return `{${parts.join(',')}}\n`;
}

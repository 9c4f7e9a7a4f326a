// HTTP cache hints. Apollo's cache-control plugin reads `@cacheControl` from the schema, takes
// the shortest max-age among the fields a response holds (public content defaults to
// CACHE_MAX_AGE_SECONDS) and turns it into `Cache-Control`: `public, max-age=N`, or `no-store`
// when anything in it must not be cached (errors, mutations, caller-specific data).
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';
import type { Context } from './context.js';

const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: 'Who may keep a cached response: any cache (PUBLIC) or only the caller\'s own (PRIVATE).',
  values: {
    PUBLIC: { description: 'Shared caches (CDNs, proxies) may keep it.' },
    PRIVATE: { description: 'Only the caller\'s own cache may keep it.' },
  },
});

export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'How long a field or type may be cached over HTTP (Cache-Control: max-age).',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
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
 * What the cache-control plugin does not know: a response depends on the Accept header (JSON or
 * graphql-response+json) and on the caller; an answer to a key holder is private, so no shared
 * cache ever hands one caller's answer (an editor's drafts, say) to another.
 */
export function httpCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart({ overallCachePolicy }) {
          if (contextValue.caller.kind !== 'anonymous') overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
        async willSendResponse({ response }) {
          response.http.headers.set('vary', VARY);
          // Apollo marks a persisted-query miss `private, no-cache, must-revalidate`; nothing
          // about a miss is worth keeping anywhere (the README promises no-store).
          if (response.body.kind === 'single' && response.body.singleResult.errors?.some((e) => String(e.extensions?.code).startsWith('PERSISTED_QUERY_'))) {
            response.http.headers.set('cache-control', 'no-store');
          }
          // The ETag covers what the answer says, not `extensions` (the budget left changes on
          // every request): an unchanged answer revalidates to 304.
          if (response.body.kind === 'single') {
            const { data, errors } = response.body.singleResult;
            const digest = createHash('sha1').update(JSON.stringify({ data, errors })).digest('base64url');
            response.http.headers.set('etag', `W/"${digest}"`);
          }
        },
      };
    },
  };
}

// What callers see of an error, and what the logs keep. Callers get a code and a message they
// can act on; internals (stack traces, SQL, driver messages) stay in the logs, under a request id.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Config } from '../config.js';
import type { Logger } from '../platform/logger.js';
import type { Context } from './context.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

type ValidationIssue = {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
};

function validationMessages(issues: ValidationIssue[], prefix = ''): string[] {
  return issues.flatMap((i) => [
    ...Object.values(i.constraints ?? {}).map((m) => (prefix ? `${prefix}.${m}` : m)),
    ...validationMessages(i.children ?? [], prefix ? `${prefix}.${i.property}` : i.property),
  ]);
}

/** The path of the first value that failed: "first", or "dates.from" inside an input. */
function firstPath(issue: ValidationIssue): string {
  const child = issue.constraints ? undefined : issue.children?.[0];
  return child ? `${issue.property}.${firstPath(child)}` : issue.property;
}

const passThrough = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo rejects some requests before execution with an HTTP status but no code (a persisted
 * query whose hash does not match its text, say): the caller's mistake, not a fault of ours.
 */
function isRequestRejection(error: unknown): boolean {
  const extensions = (
    error as { extensions?: { code?: unknown; http?: { status?: number } } } | null
  )?.extensions;
  const status = extensions?.http?.status;
  return (
    extensions?.code === undefined && typeof status === 'number' && status >= 400 && status < 500
  );
}

const isCallerError = (error: { extensions?: Record<string, unknown> }, original: unknown) =>
  passThrough.has(String(error.extensions?.code)) || isRequestRejection(original);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    const issues = (original.extensions.validationErrors ?? []) as ValidationIssue[];
    const messages = validationMessages(issues);
    return {
      ...base,
      message: messages.length ? `Invalid argument: ${messages.join('; ')}.` : 'Invalid argument.',
      // Like every other argument error, it names what to fix (`first`, or `tag` in a filter).
      extensions: {
        code: 'BAD_USER_INPUT',
        ...(issues[0] ? { argument: firstPath(issues[0]) } : {}),
      },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The content database is unavailable. Try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // Our shape-limit validation rule: Apollo files it under GRAPHQL_VALIDATION_FAILED.
  const fromRule = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
    ?.originalError?.extensions;
  if (fromRule?.code === 'QUERY_TOO_COMPLEX') {
    const { http: _http, ...extensions } = fromRule;
    return { ...base, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && passThrough.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  if (isRequestRejection(original)) return { ...base, extensions: { code: 'BAD_REQUEST' } };
  return {
    ...base,
    message: 'Internal server error.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** graphql-js's "Did you mean ...?" hints map the schema for whoever probes it. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?$/, '');

/**
 * Logs every fault with its request id, sets the HTTP status, and hands callers that id. In
 * production, anonymous callers get no field-name suggestions (key holders keep them).
 */
export function errorPlugin(
  logger: Logger,
  config: Pick<Config, 'env'>,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc: GraphQLRequestContext<Context>) {
          const requestId = rc.contextValue.requestId;
          for (const err of rc.errors ?? []) {
            const original = unwrapResolverError(err);
            rc.contextValue.services.dbHealth.failed(original);
            if (!isCallerError(err, original) || isDatabaseUnavailable(original)) {
              logger.error({ requestId, err: original, path: err.path }, 'request failed');
            }
          }
        },
        async willSendResponse(rc: GraphQLRequestContext<Context>) {
          const body = rc.response.body;
          if (body?.kind !== 'single') return;
          const errors = body.singleResult.errors;
          if (!errors?.length) return;
          // The database did not answer part of a read: no partial page, the whole answer is a 503
          // to retry (a page missing what the database did not give looks like content removed).
          // A write's partial answer stays: what it says was written was written.
          if (
            rc.operation?.operation !== 'mutation' &&
            errors.some((e: GraphQLFormattedError) => e.extensions?.code === 'SERVICE_UNAVAILABLE')
          ) {
            body.singleResult.data = null;
            rc.response.http.headers.set('retry-after', '2');
          }
          // GraphQL over HTTP: an answer with data (not null) is a partial success and MUST be 2xx
          // under either media type (Apollo Client drops the data of a 4xx even with
          // errorPolicy "all"). Without data, the status says what went wrong.
          if (body.singleResult.data != null) {
            rc.response.http.status = 200;
          } else {
            const statuses = errors.map(
              (e: GraphQLFormattedError) => statusOf[String(e.extensions?.code)] ?? 0,
            );
            const status = Math.max(...statuses);
            if (status > 0 && (rc.response.http.status ?? 200) < status)
              rc.response.http.status = status;
          }
          const hideSuggestions =
            config.env === 'production' && rc.contextValue.caller.kind === 'anonymous';
          body.singleResult.errors = errors.map((e: GraphQLFormattedError) => {
            const shown = hideSuggestions ? { ...e, message: withoutSuggestions(e.message) } : e;
            return ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'].includes(
              String(e.extensions?.code),
            )
              ? {
                  ...shown,
                  extensions: { ...shown.extensions, requestId: rc.contextValue.requestId },
                }
              : shown;
          });
        },
      };
    },
  };
}

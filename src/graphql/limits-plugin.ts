// Protection before execution: shape limits (depth, aliases) during validation, then the cost
// of the operation against the caller's per-query limit and rate budget. A query over any limit
// is rejected without touching the database. Every answer that got as far as costing says what
// it cost in `extensions.cost`.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { BREAK, GraphQLError, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { budgetsOf, type Caller } from '../modules/access/caller.js';
import type { RefusedDocuments } from './refused-documents.js';
import { bucketKeyOf, type Blocklist, type RateLimiter } from '../modules/access/rate-limiter.js';
import type { Context } from './context.js';
import { documentShape, queryCost } from './cost.js';

export type CostReport = {
  /** What this query costs, in points. */
  requested: number;
  /** The most one query may cost, for this caller. */
  limit: number;
  /** Points left in the caller's budget after this query (null: no rate limit configured). */
  remaining: number | null;
  /** The budget: points per minute, refilled evenly (null: no rate limit configured). */
  perMinute: number | null;
  /** Editors' writes: what `remaining` and `perMinute` count (writes, not points). */
  unit?: 'writes';
};

const tooComplex = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', ...extra, http: { status: 400 } },
  });

/**
 * What a refused query (unparsable, invalid, too complex) takes from the budget: refusing costs
 * us work too, and a flood of them must run out of budget like any other.
 */
export const REFUSED_QUERY_COST = 100;

/**
 * A validation rule (Apollo reports it as QUERY_TOO_COMPLEX, see formatError): depth and
 * aliases, fragments expanded, checked once for the whole document.
 */
export function shapeLimitRule(limits: Config['queryLimits']): ValidationRule {
  const { maxDepth, maxAliases } = limits;
  return (context) => ({
    Document: {
      enter(document) {
        const shape = documentShape(document, maxAliases + 1);
        if (shape.depth > maxDepth) {
          context.reportError(
            tooComplex(
              `The query nests fields ${shape.depth} deep; at most ${maxDepth} are allowed.`,
              { depth: shape.depth, maxDepth },
            ),
          );
        } else if (shape.aliases > maxAliases) {
          context.reportError(
            tooComplex(
              `The query uses more than ${maxAliases} aliases; at most ${maxAliases} are allowed.`,
              { maxAliases },
            ),
          );
        }
        return BREAK;
      },
    },
  });
}

/**
 * Takes a refused query's cost from the caller's budget (when that runs out, blocks the caller)
 * and says so, as `extensions.cost`.
 */
export async function chargeRefusal(
  config: Config,
  limiter: RateLimiter,
  blocklist: Blocklist,
  caller: Caller,
  ip: string,
): Promise<CostReport> {
  const { costLimit: limit, perMinute } = budgetsOf(caller, config);
  if (perMinute <= 0)
    return { requested: REFUSED_QUERY_COST, limit, remaining: null, perMinute: null };
  const key = bucketKeyOf(caller, ip);
  const take = await limiter.take(key, REFUSED_QUERY_COST, {
    capacity: perMinute,
    perSecond: perMinute / 60,
  });
  if (!take.allowed) blocklist.block(key, take.retryAfterSeconds);
  return { requested: REFUSED_QUERY_COST, limit, remaining: take.remaining, perMinute };
}

/**
 * Takes a query's cost from the caller's budget. When the budget cannot pay, the caller is
 * blocked until it can, and `refused` says what to tell them.
 */
export async function chargeQuery(
  config: Config,
  limiter: RateLimiter,
  blocklist: Blocklist,
  caller: Caller,
  ip: string,
  requested: number,
): Promise<{ cost: CostReport; refused?: { message: string; retryAfterSeconds: number } }> {
  const { costLimit: limit, perMinute: budget } = budgetsOf(caller, config);
  if (!budget) return { cost: { requested, limit, remaining: null, perMinute: null } };
  const key = bucketKeyOf(caller, ip);
  const take = await limiter.take(key, requested, { capacity: budget, perSecond: budget / 60 });
  const cost = { requested, limit, remaining: take.remaining, perMinute: budget };
  if (take.allowed) return { cost };
  blocklist.block(key, take.retryAfterSeconds);
  return {
    cost,
    refused: {
      message: `Rate limit: this query costs ${requested} points and ${take.remaining} are left of ${budget} per minute. Retry in ${take.retryAfterSeconds} s.`,
      retryAfterSeconds: take.retryAfterSeconds,
    },
  };
}

export function limitsPlugin(
  config: Config,
  limiter: RateLimiter,
  blocklist: Blocklist,
  refused: RefusedDocuments,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: CostReport | undefined;
      /** Whether this request already took from (or was refused by) the budget. */
      let charged = false;
      return {
        async didResolveOperation({
          document,
          operation,
          operationName,
          request,
          schema,
          contextValue,
        }) {
          const {
            klass,
            costLimit: limit,
            perMinute: budget,
          } = budgetsOf(contextValue.caller, config);
          const perMinute = budget || null;
          let requested: number;
          try {
            requested = queryCost(
              schema,
              document,
              operationName ?? undefined,
              request.variables ?? undefined,
            );
          } catch (err) {
            if (/maximum allowed number of nodes/.test((err as Error).message)) {
              throw tooComplex('The query has too many fields once its fragments are expanded.');
            }
            // Variables that do not fit their types: the caller's mistake, said as graphql-js says it.
            throw new GraphQLError((err as Error).message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (requested > limit) {
            cost = { requested, limit, remaining: null, perMinute };
            throw tooComplex(
              `The query costs ${requested} points; at most ${limit} are allowed per query for ${klass} callers. Ask for fewer items (first) or fewer nested lists.`,
              { cost },
            );
          }
          if (operation?.operation === 'mutation' && klass === 'editor') {
            // Writes have their own budget (EDITOR_WRITES_PER_MINUTE, one point per write) and
            // never take from reading's: an editor saving often must not starve their preview.
            // Its report says what is left of that budget, in writes.
            cost = { requested, limit, remaining: null, perMinute: null };
            charged = true;
            const perMinute = config.editorial.writesPerMinute;
            if (perMinute <= 0) return;
            const writes = operation.selectionSet.selections.length;
            const take = await limiter.take(
              `write:${bucketKeyOf(contextValue.caller, contextValue.client.ip)}`,
              writes,
              { capacity: perMinute, perSecond: perMinute / 60 },
            );
            cost = { requested, limit, remaining: take.remaining, perMinute, unit: 'writes' };
            if (!take.allowed) {
              throw new GraphQLError(
                `Write limit: ${perMinute} writes per minute for this key. Retry in ${take.retryAfterSeconds} s.`,
                {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: take.retryAfterSeconds,
                    http: {
                      status: 429,
                      headers: new HeaderMap([['retry-after', String(take.retryAfterSeconds)]]),
                    },
                  },
                },
              );
            }
            return;
          }
          const charge = await chargeQuery(
            config,
            limiter,
            blocklist,
            contextValue.caller,
            contextValue.client.ip,
            requested,
          );
          charged = charge.cost.perMinute !== null;
          cost = charge.cost;
          if (charge.refused) {
            const { message, retryAfterSeconds } = charge.refused;
            throw new GraphQLError(message, {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: {
                  status: 429,
                  headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
                },
              },
            });
          }
        },

        async willSendResponse({ response, contextValue, queryHash }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!charged && result.errors?.length && result.data === undefined) {
            // Refused before costing: the document itself is at fault, whoever sends it.
            if (!cost) refused.remember(queryHash, response.http.status ?? 400, result.errors);
            const refusal = await chargeRefusal(
              config,
              limiter,
              blocklist,
              contextValue.caller,
              contextValue.client.ip,
            );
            // Over its limit, the query's own cost is the news; otherwise the refusal's.
            cost = cost ? { ...cost, remaining: refusal.remaining } : refusal;
          }
          if (cost) result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

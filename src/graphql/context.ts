// Built once per request: a forked EntityManager (its own identity map and MikroORM
// dataloaders), fresh loaders, and who is calling. Nothing request-scoped lives at module level.
import type { EntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import {
  callerClass,
  visibilityOf,
  type ArticleVisibility,
  type Caller,
} from '../modules/access/caller.js';
import { readOnReplica } from '../db/replicas.js';
import type { Orm } from '../db/orm.js';
import type { SqlTally } from '../db/sql-stats.js';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { organisationLoaders } from '../modules/organisation/organisation.loaders.js';
import { popularityLoaders } from '../modules/popularity/popularity.js';
import type { Visitor } from '../modules/popularity/view-gate.js';
import { relatedLoader } from '../modules/related/related.js';
import { relationLoaders } from './relations.js';
import type { Services } from '../services.js';
import type { IdempotentRequest } from '../modules/editorial/idempotency.js';

/** What a request that missed carries to the end of its execution, to be stored. */
export type CacheSlot = {
  key: string;
  /** The answer, once Apollo has it; its text and ETag are taken when it has been sent. */
  answer?: { data: object; cacheControl: string; storedAt: number; cost: number };
  maxAgeMs?: number;
  /** The cache's epoch when the request started: an answer that content changed under is not stored. */
  epoch: number;
};

export type Context = {
  requestId: string;
  em: EntityManager;
  config: Config;
  caller: Caller;
  /** What the caller may see of unpublished articles; from `caller`. */
  visibility: ArticleVisibility;
  loaders: ReturnType<typeof createLoaders>;
  /** SQL statements this request has run so far. */
  sqlTally: SqlTally;
  services: Services;
  /** Who sent the request, for counting views (never stored). */
  client: Visitor;
  /** Set when the answer may fill the response cache (an anonymous request that missed). */
  cacheSlot?: CacheSlot;
  /** Set when a write carries an Idempotency-Key (editorial/idempotency.ts). */
  idempotency?: IdempotentRequest;
  nameOperation?: (name: string | null) => void;
  /** Called when the operation is a mutation: it is then not cut short by the read deadline. */
  writing?: () => void;
};

function createLoaders(em: EntityManager, services: Services, visibility: ArticleVisibility) {
  return {
    ...articleLoaders(em, visibility),
    ...organisationLoaders(em),
    ...popularityLoaders(em, services.viewCounts),
    related: relatedLoader(em, services.related, visibility),
    rel: relationLoaders(em),
  };
}

export type RequestInfo = {
  requestId: string;
  sqlTally: SqlTally;
  client: Visitor;
  caller: Caller;
  cacheSlot?: CacheSlot;
  idempotency?: IdempotentRequest;
  /** Names the request's operation in the metrics (set once Apollo has resolved it). */
  nameOperation?: (name: string | null) => void;
  writing?: () => void;
};

export function createContext(
  orm: Orm,
  config: Config,
  services: Services,
  request: RequestInfo,
): Context {
  const em = orm.em.fork() as EntityManager;
  const visibility = visibilityOf(request.caller);
  // Editors read their own writes at once: the primary. Everyone else may read on a replica.
  if (services.replicas) {
    const replica = callerClass(request.caller) === 'editor' ? null : services.replicas.pick();
    if (replica) readOnReplica(em, replica);
    services.metrics.reads.inc({ database: replica?.name ?? 'primary' });
  }
  return {
    ...request,
    em,
    config,
    services,
    visibility,
    loaders: createLoaders(em, services, visibility),
  } satisfies Context;
}

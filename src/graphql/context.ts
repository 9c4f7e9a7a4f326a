// Built once per request: a forked EntityManager (its own identity map and MikroORM
// dataloaders), fresh loaders, and who is calling. Nothing request-scoped lives at module level.
import type { EntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { SqlTally } from '../db/sql-stats.js';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { organisationLoaders } from '../modules/organisation/organisation.loaders.js';
import { popularityLoaders } from '../modules/popularity/popularity.js';
import type { Visitor } from '../modules/popularity/view-gate.js';
import { relatedLoader } from '../modules/related/related.js';
import { relationLoaders } from './relations.js';
import type { Services } from '../services.js';

export type Caller = { kind: 'anonymous' };

export type Context = {
  requestId: string;
  em: EntityManager;
  config: Config;
  caller: Caller;
  loaders: ReturnType<typeof createLoaders>;
  /** SQL statements this request has run so far. */
  sqlTally: SqlTally;
  services: Services;
  /** Who sent the request, for counting views (never stored). */
  client: Visitor;
};

function createLoaders(em: EntityManager, services: Services) {
  return {
    ...articleLoaders(em),
    ...organisationLoaders(em),
    ...popularityLoaders(em),
    related: relatedLoader(em, services.relatedCandidates),
    rel: relationLoaders(em),
  };
}

export type RequestInfo = { requestId: string; sqlTally: SqlTally; client: Visitor };

export function createContext(orm: Orm, config: Config, services: Services, request: RequestInfo): Context {
  const em = orm.em.fork() as EntityManager;
  return {
    ...request,
    em,
    config,
    services,
    caller: { kind: 'anonymous' },
    loaders: createLoaders(em, services),
  } satisfies Context;
}

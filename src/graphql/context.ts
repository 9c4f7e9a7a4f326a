// Built once per request: a forked EntityManager (its own identity map and MikroORM
// dataloaders), fresh loaders, and who is calling. Nothing request-scoped lives at module level.
import type { EntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { SqlTally } from '../db/sql-stats.js';
import { articleLoaders } from '../modules/article/article.loaders.js';
import { organisationLoaders } from '../modules/organisation/organisation.loaders.js';

export type Caller = { kind: 'anonymous' };

export type Context = {
  requestId: string;
  em: EntityManager;
  config: Config;
  caller: Caller;
  loaders: ReturnType<typeof createLoaders>;
  /** SQL statements this request has run so far. */
  sqlTally: SqlTally;
};

function createLoaders(em: EntityManager) {
  return { ...articleLoaders(em), ...organisationLoaders(em) };
}

export function createContext(orm: Orm, config: Config, requestId: string, sqlTally: SqlTally): Context {
  const em = orm.em.fork() as EntityManager;
  return {
    requestId,
    em,
    config,
    caller: { kind: 'anonymous' },
    loaders: createLoaders(em),
    sqlTally,
  } satisfies Context;
}

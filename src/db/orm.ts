import { MikroORM, type Options } from '@mikro-orm/core';
import { dbOf, reindex } from '../modules/search/search.indexer.js';
import { ormOptions, type DbSettings } from './mikro-orm.config.js';

export type Orm = MikroORM;

/** Connects and brings the schema up to date with the committed migrations. */
export async function initOrm(settings: DbSettings, overrides: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init({ ...ormOptions(settings), ...overrides });
  const applied = await orm.getMigrator().up();
  // The search migration creates the index; the entries for content already there are written
  // here, in TypeScript, as folding Vietnamese is TypeScript's job (the same code keeps them
  // current on every write).
  if (applied.some((m) => m.name.endsWith('_search'))) {
    await orm.em.fork().transactional((em) => reindex(dbOf(em as never)));
  }
  return orm;
}

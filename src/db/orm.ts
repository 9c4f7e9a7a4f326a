import { MikroORM, type Options } from '@mikro-orm/core';
import { dbOf, reindex } from '../modules/search/search.indexer.js';
import { ormOptions, type DbSettings } from './mikro-orm.config.js';

export type Orm = MikroORM;

/** Migrations on a large database may run long: on PostgreSQL they get connections of their own. */
const MIGRATION_STATEMENT_TIMEOUT_MS = 60 * 60_000;

/** Connects and brings the schema up to date with the committed migrations. */
export async function initOrm(settings: DbSettings, overrides: Partial<Options> = {}): Promise<Orm> {
  const separate = settings.database.driver === 'postgresql' && settings.db.statementTimeoutMs < MIGRATION_STATEMENT_TIMEOUT_MS;
  const migrating = await MikroORM.init({
    ...ormOptions(separate ? { ...settings, db: { ...settings.db, statementTimeoutMs: MIGRATION_STATEMENT_TIMEOUT_MS } } : settings),
    ...overrides,
  });
  try {
    const applied = await migrating.getMigrator().up();
    // The search migration creates the index; the entries for content already there are written
    // here, in TypeScript, as folding Vietnamese is TypeScript's job (the same code keeps them
    // current on every write).
    if (applied.some((m) => m.name.endsWith('_search'))) {
      await migrating.em.fork().transactional((em) => reindex(dbOf(em as never)));
    }
  } catch (err) {
    await migrating.close(true);
    throw err;
  }
  if (!separate) return migrating;
  await migrating.close(true);
  return MikroORM.init({ ...ormOptions(settings), ...overrides });
}

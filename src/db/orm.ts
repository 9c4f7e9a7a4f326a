import { MikroORM, type Options } from '@mikro-orm/core';
import { ormOptions, type DbSettings } from './mikro-orm.config.js';

export type Orm = MikroORM;

/** Migrations on a large database may run long: on PostgreSQL they get connections of their own. */
const MIGRATION_STATEMENT_TIMEOUT_MS = 60 * 60_000;

/** What the features add to the ORM: subscribers, and work once migrations have run. */
export type OrmFeatures = {
  /** Runs after the migrations, on their connections, with the names of those applied now. */
  afterMigrations?: (applied: string[], orm: Orm) => Promise<void>;
};

/**
 * Connects and brings the schema up to date with the committed migrations. The application opens
 * its database through src/orm.ts, which adds the features' subscribers and hooks.
 */
export async function connectOrm(
  settings: DbSettings,
  overrides: Partial<Options> = {},
  features: OrmFeatures = {},
): Promise<Orm> {
  const separate =
    settings.database.driver === 'postgresql' &&
    settings.db.statementTimeoutMs < MIGRATION_STATEMENT_TIMEOUT_MS;
  const migrating = await MikroORM.init({
    ...ormOptions(
      separate
        ? {
            ...settings,
            db: { ...settings.db, statementTimeoutMs: MIGRATION_STATEMENT_TIMEOUT_MS },
          }
        : settings,
    ),
    ...overrides,
  });
  try {
    const applied = await migrating.getMigrator().up();
    await features.afterMigrations?.(
      applied.map((m) => m.name),
      migrating,
    );
  } catch (err) {
    await migrating.close(true);
    throw err;
  }
  if (!separate) return migrating;
  await migrating.close(true);
  return MikroORM.init({ ...ormOptions(settings), ...overrides });
}

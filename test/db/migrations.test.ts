// The committed migrations build exactly the schema the entities describe, on every driver.
import type { MikroORM } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { initOrm } from '../../src/orm.js';
import { testDrivers, throwawayDatabase, type Driver } from '../helpers/databases.js';

const drivers = await testDrivers();
const db = { poolMax: 2, connectTimeoutMs: 3000, statementTimeoutMs: 30_000 };

type Row = Record<string, unknown>;

/**
 * The full-text search structures and the expression indexes of the article orders are per
 * dialect and live only in the migrations (FTS5 on SQLite, tsvector and trigram indexes on
 * PostgreSQL with its narrow title and newest-hits tables, coalesce(published_at, ...) indexes): the entities do
 * not describe them.
 */
const searchIndexObjects =
  /search_fts|search_trgm|search_title|search_recent|search_entry_fts|search_entry_trgm|search_vector|article_order_/;

/**
 * SQLite's structure, normalised: columns, indexes, foreign keys and CHECK clauses per table.
 * (MikroORM 6's SQLite diff reports every table with a CHECK constraint as changed even when it
 * is not, so on SQLite we compare the structure itself against a database built from the entities.)
 */
async function sqliteStructure(orm: MikroORM) {
  const conn = orm.em.getConnection();
  const q = async (sql: string): Promise<Row[]> => (await conn.execute(sql)) as Row[];
  const tables = (
    await q(
      `select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'mikro_orm_migrations' order by name`,
    )
  ).filter((t) => !searchIndexObjects.test(String(t.name)));
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const name = String(t.name);
    const indexes = (await q(`pragma index_list(\`${name}\`)`)).filter(
      (i) => i.origin !== 'pk' && !searchIndexObjects.test(String(i.name)),
    );
    out[name] = {
      columns: await q(`pragma table_xinfo(\`${name}\`)`),
      foreignKeys: (await q(`pragma foreign_key_list(\`${name}\`)`)).map(
        ({ id: _id, seq: _seq, ...fk }) => fk,
      ),
      indexes: await Promise.all(
        indexes
          .sort((a, b) => String(a.name).localeCompare(String(b.name)))
          .map(async (i) => ({
            name: i.name,
            unique: i.unique,
            columns: (await q(`pragma index_info(\`${i.name}\`)`)).map((c) => c.name),
          })),
      ),
      checks: [...String(t.sql).matchAll(/check \((.+?)\)\)/gi)].map((m) => m[1]).sort(),
    };
  }
  return out;
}

async function withFreshOrm<T>(
  driver: Driver,
  fn: (orm: MikroORM) => Promise<T>,
  migrate = true,
): Promise<T> {
  const scratch = await throwawayDatabase(driver);
  const orm = migrate
    ? await initOrm({ database: scratch.database, db })
    : await initOrm({ database: scratch.database, db }, { migrations: { migrationsList: [] } });
  try {
    return await fn(orm);
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
}

describe.each(drivers)('migrations on %s', (driver) => {
  it('apply, and a second run is a no-op', async () => {
    await withFreshOrm(driver, async (orm) => {
      expect((await orm.getMigrator().getExecutedMigrations()).length).toBeGreaterThan(0);
      expect(await orm.getMigrator().up()).toEqual([]);
    });
  });

  it('leave no difference between the database and the entities', async () => {
    if (driver === 'postgresql') {
      await withFreshOrm(driver, async (orm) => {
        const diff = (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false }))
          .split('\n')
          .filter((line) => line.trim() && !searchIndexObjects.test(line));
        expect(diff).toEqual([]);
      });
      return;
    }
    const migrated = await withFreshOrm(driver, sqliteStructure);
    const fromEntities = await withFreshOrm(
      driver,
      async (orm) => {
        await orm.getSchemaGenerator().createSchema();
        return sqliteStructure(orm);
      },
      false,
    );
    expect(Object.keys(migrated).length).toBeGreaterThan(10);
    expect(migrated).toEqual(fromEntities);
  });
});

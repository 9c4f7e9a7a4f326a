// One MikroORM configuration for both drivers: SQLite (embedded default) and PostgreSQL.
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config, DatabaseConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { entities } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { countStatement } from './sql-stats.js';

export type DbSettings = Pick<Config, 'database' | 'db'> &
  Partial<Pick<Config, 'replicas'>> & {
    /** Where the database client's own warnings go (a connection that died in the pool, say); else the console. */
    logger?: Logger;
  };

/** A replica as logs and metrics name it: host:port/database, never its credentials. */
export function replicaName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export function migrationsFolder(driver: DatabaseConfig['driver']): string {
  return `src/db/migrations/${driver}`;
}

export function ormOptions(settings: DbSettings): Options {
  const { database, db } = settings;
  const common: Options = {
    entities,
    extensions: [Migrator],
    onQuery: countStatement,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    migrations: {
      path: migrationsFolder(database.driver),
      migrationsList: database.driver === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // The search index's own tables (FTS5 and its shadow tables; PostgreSQL's title and newest-hits tables)
    // are hand-written in the migrations; the schema diff cannot read them and must not try to
    // change them.
    schemaGenerator: { skipTables: [/^search_(fts|trgm|title|recent)(_|$)/] as never },
  };

  if (database.driver === 'sqlite') {
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: database.path,
      pool: {
        afterCreate(
          conn: { pragma(s: string): unknown },
          done: (e: Error | null, c: unknown) => void,
        ) {
          // WAL for concurrent readers; synchronous=FULL so a committed write survives a crash.
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = FULL');
          conn.pragma(`busy_timeout = ${db.statementTimeoutMs}`);
          conn.pragma('foreign_keys = ON');
          done(null, conn);
        },
      } as Options['pool'],
    };
  }

  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    // MikroORM opens a pool per replica (with the pool and timeouts below); db/replicas.ts
    // chooses among them. MikroORM's own reads stay on the primary: it would pick a replica at
    // random, down or far behind.
    replicas: (settings.replicas?.urls ?? []).map((url) => ({
      name: replicaName(url),
      clientUrl: url,
    })),
    preferReadReplicas: false,
    pool: { min: 0, max: db.poolMax, idleTimeoutMillis: 30_000 },
    driverOptions: {
      // knex writes its warnings (an idle connection lost when a server restarts) to the console;
      // the gateway's log is JSON lines.
      ...(settings.logger ? { log: knexLog(settings.logger) } : {}),
      // A database that is down or overloaded gives an error in bounded time, not a hang.
      acquireConnectionTimeout: db.connectTimeoutMs,
      connection: {
        connectionTimeoutMillis: db.connectTimeoutMs,
        statement_timeout: db.statementTimeoutMs,
        // Client side too: a frozen server cancels nothing. A little later than the server's own
        // timeout, so a slow statement is the server's error and a silent server is ours.
        query_timeout: db.statementTimeoutMs + 250,
        idle_in_transaction_session_timeout: db.statementTimeoutMs * 2,
        application_name: 'bantin',
      },
    },
  };
}

function knexLog(logger: Logger) {
  return {
    warn: (message: unknown) => logger.warn({ client: String(message) }, 'database client warning'),
    error: (message: unknown) => logger.error({ client: String(message) }, 'database client error'),
    deprecate: (message: unknown) =>
      logger.debug({ client: String(message) }, 'database client deprecation'),
    debug: () => undefined,
  };
}

// Which databases the suite runs against: SQLite always; PostgreSQL when reachable
// (TEST_DATABASE_URL or 127.0.0.1:5432), and required when REQUIRE_POSTGRES=1 (CI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEnv, type DatabaseConfig } from '../../src/config.js';
import {
  createScratchPostgres,
  defaultPostgresUrl,
  postgresReachable,
} from '../../src/db/scratch.js';

export type Driver = DatabaseConfig['driver'];

export const postgresServerUrl = testEnv.databaseUrl ?? defaultPostgresUrl;

export async function testDrivers(): Promise<Driver[]> {
  if (await postgresReachable(postgresServerUrl)) return ['sqlite', 'postgresql'];
  if (testEnv.requirePostgres) {
    throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at ${postgresServerUrl}`);
  }
  return ['sqlite'];
}

export type ThrowawayDatabase = { database: DatabaseConfig; url: string; drop(): Promise<void> };

/** A fresh, empty database of the given driver, dropped by `drop()`. */
export async function throwawayDatabase(driver: Driver): Promise<ThrowawayDatabase> {
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-test-'));
    const path = join(dir, 'test.sqlite');
    return {
      database: { driver, path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const scratch = await createScratchPostgres(postgresServerUrl, 'bantin_test');
  return { database: { driver, url: scratch.url }, url: scratch.url, drop: scratch.drop };
}

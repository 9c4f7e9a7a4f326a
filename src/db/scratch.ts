// Throwaway PostgreSQL databases for tests, migration generation and benchmarks: created on the
// server the caller names, dropped afterwards. Never the developer's own data.
import pg from 'pg';

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type ScratchDatabase = { url: string; drop(): Promise<void> };

export async function createScratchPostgres(
  serverUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const name =
    `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

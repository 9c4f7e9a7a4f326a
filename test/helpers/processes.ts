// Private service instances the tests start, stop and freeze themselves (never the shared ones):
// a Redis on a spare port, a PostgreSQL cluster in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { testEnv } from '../../src/config.js';
import { postgresBinDir, sparePort } from '../../src/db/private-postgres.js';

export { sparePort };

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Finds a program, or explains how to install it (and fails when `required`). */
export function program(paths: string[], required: boolean, install: string): string | null {
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  if (required) throw new Error(`required but missing: ${paths[0]} (${install})`);
  console.warn(`skipped: no ${paths[0]} (${install})`);
  return null;
}

export type PrivateRedis = {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP: the server keeps its connections open and answers nothing. */
  freeze(): void;
  thaw(): void;
};

/** A Redis of our own, keeping nothing on disk. */
export async function startPrivateRedis(binary: string): Promise<PrivateRedis> {
  const port = await sparePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitFor(() => portOpen(port), `redis on ${port}`);
  };
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    freeze: () => void child?.kill('SIGSTOP'),
    thaw: () => void child?.kill('SIGCONT'),
  };
}

// The private PostgreSQL clusters live with the scratch databases: the bench makes them too.
export { startPrivatePostgres, type PrivatePostgres } from '../../src/db/private-postgres.js';

/**
 * The folder of PostgreSQL's server programs when `tool` (initdb, pg_basebackup) is there, for
 * tests that start clusters of their own; else null (and a failure under REQUIRE_SERVICES).
 */
export function postgresTools(tool: string): string | null {
  const dir = postgresBinDir();
  return program(
    [`${dir ?? '/usr/lib/postgresql/<version>/bin'}/${tool}`],
    testEnv.requireServices,
    'apt-get install postgresql',
  )
    ? dir!
    : null;
}

/** One statement on its own connection (a private cluster's primary or standby), its rows. */
export async function sqlOn(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<Record<string, any>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

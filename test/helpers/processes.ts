// Private service instances the tests start, stop and freeze themselves (never the shared ones):
// a Redis on a spare port, a PostgreSQL cluster in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

/** A TCP port nobody listens on right now. */
export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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

export type PrivateRedis = { url: string; port: number; stop(): Promise<void>; start(): Promise<void> };

/** A Redis of our own, keeping nothing on disk. */
export async function startPrivateRedis(binary: string): Promise<PrivateRedis> {
  const port = await sparePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
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
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

export type PrivatePostgres = {
  url: string;
  /** Stops the server (fast shutdown: connections are cut). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT to the server and every backend: the database stops answering but keeps its sockets. */
  freeze(): void;
  thaw(): void;
  destroy(): Promise<void>;
};

const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`))));
  });

/**
 * A PostgreSQL cluster of our own: initdb in a temporary folder, a spare port, trust auth. As
 * root (CI), the server runs as the `postgres` user, as PostgreSQL insists. With `standbyOf`, a
 * hot standby of that cluster (pg_basebackup, streaming replication).
 */
export async function startPrivatePostgres(binDir: string, from: { standbyOf?: PrivatePostgres } = {}): Promise<PrivatePostgres> {
  const { mkdtempSync, chownSync, readFileSync, rmSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'bantin-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const as = (cmd: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args));
  const data = join(dir, 'data');
  const port = await sparePort();
  if (from.standbyOf) {
    // A streaming replica, as operators make one: a base backup of the primary, with -R writing
    // standby.signal and the connection to follow it by.
    const primary = new URL(from.standbyOf.url);
    await as(join(binDir, 'pg_basebackup'), ['-D', data, '-h', primary.hostname, '-p', primary.port, '-U', 'postgres', '-R', '-X', 'stream', '--no-sync']);
  } else {
    await as(join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => as(join(binDir, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => as(join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  /** The postmaster and its children (backends, checkpointer, ...). */
  const pids = () => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)]).toString().split(/\s+/).filter(Boolean).map(Number);
    return [postmaster, ...children];
  };
  const signal = (sig: NodeJS.Signals) => {
    for (const pid of pids()) {
      try {
        process.kill(pid, sig);
      } catch {
        // A backend that has just exited.
      }
    }
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    async destroy() {
      try {
        signal('SIGCONT');
        await stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A PostgreSQL cluster of our own, for tests and the bench: initdb (or pg_basebackup of another,
// for a streaming standby) in a temporary folder, on a spare port. Never the machine's shared
// cluster, which tests may not stop, freeze or reconfigure.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian keeps the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup), if installed. */
export function postgresBinDir(): string | undefined {
  if (!existsSync('/usr/lib/postgresql')) return undefined;
  return readdirSync('/usr/lib/postgresql')
    .map((v) => `/usr/lib/postgresql/${v}/bin`)
    .find((d) => existsSync(`${d}/initdb`) && existsSync(`${d}/pg_basebackup`));
}

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
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`)),
    );
  });

/**
 * A PostgreSQL cluster of our own: initdb in a temporary folder, a spare port, trust auth. As
 * root (CI), the server runs as the `postgres` user, as PostgreSQL insists. With `standbyOf`, a
 * hot standby of that cluster (pg_basebackup, streaming replication).
 */
export async function startPrivatePostgres(
  binDir: string,
  from: { standbyOf?: PrivatePostgres; fsync?: boolean } = {},
): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const as = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
  const data = join(dir, 'data');
  const port = await sparePort();
  if (from.standbyOf) {
    // A streaming replica, as operators make one: a base backup of the primary, with -R writing
    // standby.signal and the connection to follow it by.
    const primary = new URL(from.standbyOf.url);
    await as(join(binDir, 'pg_basebackup'), [
      '-D',
      data,
      '-h',
      primary.hostname,
      '-p',
      primary.port,
      '-U',
      'postgres',
      '-R',
      '-X',
      'stream',
      '--no-sync',
    ]);
  } else {
    await as(join(binDir, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${from.fsync ? '' : ' -c fsync=off'}`;
  const start = () =>
    as(join(binDir, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = () => as(join(binDir, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  /** The postmaster and its children (backends, checkpointer, ...). */
  const pids = () => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)])
      .toString()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
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

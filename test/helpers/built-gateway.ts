// The gateway as `npm start` runs it: compiled by tsc (decorator metadata and all) into a folder
// of its own under node_modules/.cache, where Node finds the packages, once per test run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
let built: string | null = null;

/**
 * Path of the compiled main.js, compiled once per test run: the first worker that needs it
 * compiles into a folder named after the run (the vitest process, every worker's parent), the
 * others wait for it to finish (polled, with a deadline). tsc once per worker was a minute of CPU.
 */
export function builtMain(): string {
  if (built) return built;
  const out = join(root, 'node_modules/.cache/bantin-test-build', `run-${process.ppid}`);
  const main = join(out, 'src/main.js');
  const done = join(out, '.done');
  mkdirSync(dirname(out), { recursive: true });
  let mine = false;
  try {
    mkdirSync(out);
    mine = true;
  } catch {
    // Another worker of this run is compiling (or has compiled) it.
  }
  if (mine) {
    const tsc = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        out,
        '--sourceMap',
        'false',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    writeFileSync(done, tsc.status === 0 ? 'ok' : `${tsc.stdout}${tsc.stderr}`);
  } else {
    const deadline = Date.now() + 180_000;
    while (!existsSync(done) && Date.now() < deadline)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  const result = existsSync(done)
    ? readFileSync(done, 'utf8')
    : 'the worker compiling it did not finish within 3 minutes';
  if (result !== 'ok') throw new Error(`tsc failed: ${result}`);
  if (!existsSync(main)) throw new Error(`tsc wrote no ${main}`);
  return (built = main);
}

export type GatewayProcess = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
};

/** Starts `node main.js` with the given environment; resolves once it logs that it listens (or exits). */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [builtMain()], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((ready) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes('Bantin is listening')) ready();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => ready());
  });
  return { child, output: () => output, exited };
}

// The gateway as `npm start` runs it: compiled by tsc (decorator metadata and all) into a folder
// of its own under node_modules/.cache, where Node finds the packages, once per test run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
let built: string | null = null;

/** Path of the compiled main.js (compiled on first use). */
export function builtMain(): string {
  if (built) return built;
  const out = join(root, 'node_modules/.cache/bantin-test-build', String(process.pid));
  mkdirSync(out, { recursive: true });
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--sourceMap', 'false'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  built = join(out, 'src/main.js');
  if (!existsSync(built)) throw new Error(`tsc wrote no ${built}`);
  return built;
}

export type GatewayProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Starts `node main.js` with the given environment; resolves once it logs that it listens (or exits). */
export async function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [builtMain()], { cwd: root, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

// node src/build-if-stale.mjs [--explorer] [--force]
// Builds only what is older than its sources, so everyday commands (npm run keys, npm start)
// start in about a second when nothing changed: tsc for src/, seeds/ and bench/ into dist/, and
// with --explorer also Vite for the explorer into dist/explorer/. Plain JavaScript: it runs before
// anything is compiled. `npm run build` (--force) always builds everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run build

Compiles src/, seeds/ and bench/ into dist/ (tsc) and the explorer into dist/explorer/ (Vite).
npm start and the other scripts build what changed on their own; this builds everything.`);
  process.exit(0);
}

/** The newest modification time among these files and folders (recursively), in ms. */
function newest(paths, skip = () => false) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path) || skip(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) visit(join(root, p));
  return latest;
}

const force = process.argv.includes('--force');
const stampTime = (stamp) => (!force && existsSync(stamp) ? statSync(stamp).mtimeMs : 0);

function run(what, command, args, stamp) {
  if (!force) console.error(`build-if-stale: ${what} changed since the last build: building it`);
  const result = spawnSync(process.execPath, [join(root, command), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

const explorerDir = join(root, 'src/explorer');
const config = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

const tsStamp = join(root, 'dist/.build-stamp');
const tsSources = newest(
  [
    'src',
    'seeds',
    ...readdirSync(join(root, 'bench'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `bench/${f}`),
    ...config,
  ],
  (p) => p.startsWith(explorerDir),
);
if (tsSources > stampTime(tsStamp))
  run('TypeScript', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json'], tsStamp);

if (process.argv.includes('--explorer')) {
  const explorerStamp = join(root, 'dist/explorer/.build-stamp');
  if (newest(['src/explorer', ...config]) > stampTime(explorerStamp)) {
    run(
      'the explorer',
      'node_modules/vite/bin/vite.js',
      ['build', '--config', 'src/explorer/vite.config.ts'],
      explorerStamp,
    );
  }
}

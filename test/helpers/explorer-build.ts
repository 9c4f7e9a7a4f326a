// Builds the explorer into a temporary folder with the project's own Vite config, so a test never
// depends on (or overwrites) what `npm run build` left in dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildExplorer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'bantin-explorer-'));
  await build({
    configFile: 'src/explorer/vite.config.ts',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

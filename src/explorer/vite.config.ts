// Builds the explorer (src/explorer) into dist/explorer, served by the gateway at /explorer/.
// Everything, Monaco's workers included, ends up as files of this build: no CDN at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/explorer/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8_000,
    sourcemap: false,
    rollupOptions: {
      // React libraries mark client components with "use client"; meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});

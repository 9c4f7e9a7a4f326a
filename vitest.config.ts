import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Tests that start processes or services of their own (gateway processes, PostgreSQL clusters,
 * Redis, Chromium): `npx vitest run --project processes`. The rest, `--project api`, boot the
 * gateway in the test's process on throwaway databases. `npm test` runs both.
 */
const processes = [
  'test/http/process.test.ts',
  'test/http/workers.test.ts',
  'test/http/production-shape.test.ts',
  'test/editorial/crash.test.ts',
  'test/db/faults.test.ts',
  'test/db/replicas.test.ts',
  'test/access/redis.test.ts',
  'test/explorer/explorer.test.ts',
];

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for the
    // libraries; make our own imports use it too, or schema objects come from two "realms".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    pool: 'forks',
    // Every core, two at least: vitest's default (one fewer than the cores) ran the suite in a
    // single worker on a 2-core machine, 4.5 minutes; two workers take about 3 (green with the
    // other core busy too). Most files wait on databases and processes more than they compute.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // No `include` at the root: a project that extends it would add its list to the root's.
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...processes],
        },
      },
      { extends: true, test: { name: 'processes', include: processes } },
    ],
  },
});

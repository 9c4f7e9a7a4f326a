import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testDrivers } from './databases.js';

const builds = join(resolve(import.meta.dirname, '../..'), 'node_modules/.cache/bantin-test-build');

/**
 * Fails the whole run at once when CI requires PostgreSQL and it is not there. Clears the
 * gateway builds of earlier runs (built-gateway.ts compiles one per run), and this run's at the end.
 */
export default async function setup() {
  rmSync(builds, { recursive: true, force: true });
  const drivers = await testDrivers();
  console.log(`database drivers under test: ${drivers.join(', ')}`);
  return () => rmSync(join(builds, `run-${process.pid}`), { recursive: true, force: true });
}

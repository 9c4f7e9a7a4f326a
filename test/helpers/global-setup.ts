import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testDrivers } from './databases.js';

const builds = join(resolve(import.meta.dirname, '../..'), 'node_modules/.cache/bantin-test-build');

/** Whether a process of that id is running. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Fails the whole run at once when CI requires PostgreSQL and it is not there. Clears the gateway
 * builds of earlier runs that are over (built-gateway.ts compiles one per run), and this run's at
 * the end. Safe to run once per project.
 */
export default async function setup() {
  let earlier: string[] = [];
  try {
    earlier = readdirSync(builds);
  } catch {
    // none yet
  }
  for (const name of earlier) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid || !alive(pid)) rmSync(join(builds, name), { recursive: true, force: true });
  }
  const drivers = await testDrivers();
  console.log(`database drivers under test: ${drivers.join(', ')}`);
  return () => rmSync(join(builds, `run-${process.pid}`), { recursive: true, force: true });
}

import { testDrivers } from './databases.js';

/** Fails the whole run at once when CI requires PostgreSQL and it is not there. */
export default async function setup() {
  const drivers = await testDrivers();
  console.log(`database drivers under test: ${drivers.join(', ')}`);
}

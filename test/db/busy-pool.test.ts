// A burst that keeps every pooled connection busy is not a database that is away. The request that
// waited too long for a connection gets its 503, but the gateway does not stop serving: the next
// request, once a connection is free, is answered. (Before, the breaker in db/health.ts took the
// pool's timeout for a dead server and answered 503 to everyone until its next probe.)
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../helpers/databases.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

// Only PostgreSQL's pool waits a bounded time for a connection (DB_CONNECT_TIMEOUT_MS); SQLite
// has one connection in the process and no such timeout.
describe.runIf(drivers.includes('postgresql'))('a busy pool on postgresql', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgresql', {
      DB_POOL_MAX: '1',
      DB_CONNECT_TIMEOUT_MS: '300',
    });
  });
  afterAll(() => server?.stop());

  const query = '{ latest(first: 2) { title } }';

  it('answers 503 to the request that waited, then serves the next one at once', async () => {
    expect((await server.gql(query)).status).toBe(200);

    // Hold the pool's only connection, as a long statement would.
    const client = (server.running.orm.em as EntityManager).getKnex().client as {
      acquireConnection(): Promise<unknown>;
      releaseConnection(connection: unknown): Promise<void>;
    };
    const held = await client.acquireConnection();
    let waited;
    try {
      waited = await server.gql(query);
    } finally {
      await client.releaseConnection(held);
    }
    expect(waited.status).toBe(503);
    expect(waited.body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(waited.body)).not.toMatch(/knex|timeout|pool/i);

    // The breaker would answer 503 here, without asking the database, until its probe ran.
    const next = await server.gql(query);
    expect(next.status).toBe(200);
    expect((next.body.data as { latest: unknown[] }).latest).toHaveLength(2);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

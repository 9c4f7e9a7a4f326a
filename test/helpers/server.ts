// Boots the real gateway (migrations, seed, schema, HTTP) on a throwaway database, and talks to
// it over HTTP like any client.
import { loadConfig } from '../../src/config.js';
import { startGateway, type Running } from '../../src/bootstrap.js';
import { createLogger } from '../../src/http/logger.js';
import { throwawayDatabase, type Driver, type ThrowawayDatabase } from './databases.js';

export type GqlResponse<T = any> = {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
  /** SQL statements the request ran (X-SQL-Statements). */
  sql: number;
};

export type TestServer = {
  url: string;
  running: Running;
  db: ThrowawayDatabase;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** Restarts the gateway on the same database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

export function testConfig(databaseUrl: string, env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SQL_COUNT_HEADER: 'true',
    ...env,
  });
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function startTestServer(driver: Driver, env: Record<string, string> = {}): Promise<TestServer> {
  const db = await throwawayDatabase(driver);
  const config = testConfig(db.url, env);
  const logger = createLogger(config);
  let running = await startGateway(config, logger);
  const server: TestServer = {
    db,
    get url() {
      return running.url;
    },
    get running() {
      return running;
    },
    async gql(query, variables) {
      const res = await post(running.url, { query, variables });
      return {
        status: res.status,
        headers: res.headers,
        body: (await res.json()) as GqlResponse['body'],
        sql: Number(res.headers.get('x-sql-statements') ?? NaN),
      };
    },
    async restart() {
      await running.stop();
      running = await startGateway(config, logger);
    },
    async stop() {
      await running.stop();
      await db.drop();
    },
  };
  return server;
}

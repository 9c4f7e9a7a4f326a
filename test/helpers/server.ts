// Boots the real gateway (migrations, seed, schema, HTTP) on a throwaway database, and talks to
// it over HTTP like any client.
import { loadConfig } from '../../src/config.js';
import { startGateway, type Running } from '../../src/bootstrap.js';
import { createLogger } from '../../src/platform/logger.js';
import type { EntityManager } from '@mikro-orm/knex';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';
import type { TypedDocumentString } from '../generated/graphql.js';
import { throwawayDatabase, type Driver, type ThrowawayDatabase } from './databases.js';

export type GqlResponse<T = any> = {
  status: number;
  headers: Headers;
  body: {
    data?: T;
    errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
    extensions?: Record<string, any>;
  };
  /** SQL statements the request ran (X-SQL-Statements). */
  sql: number;
};

/** A typed operation's answer, when it had no errors. */
export type QueryResult<T> = { status: number; headers: Headers; data: T; sql: number };

export type TestServer = {
  url: string;
  running: Running;
  db: ThrowawayDatabase;
  /** Any request, errors and all: for the cases that test failures. */
  gql<T = any>(
    query: string | TypedDocumentString<T, any>,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /**
   * A typed operation from test/generated (written as graphql(`...`) and checked by codegen
   * against the schema) that must succeed: any error fails the test with its message.
   */
  query<T, V>(
    document: TypedDocumentString<T, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<QueryResult<T>>;
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
    // Most tests look at what one request does (its statements, fresh data after a write); the
    // response cache has its own tests (test/http/response-cache.test.ts), which turn it on.
    RESPONSE_CACHE: 'false',
    ...env,
  });
}

/** A real API key for this server's database, as `npm run keys -- create` makes one. */
export async function createTestKey(
  server: TestServer,
  scopes: KeyScope[] = [KeyScope.PARTNER],
  options: { expiresAt?: Date; name?: string } = {},
) {
  const em = server.running.orm.em.fork() as EntityManager;
  const { key, record } = await createKey(em, {
    name: options.name ?? `test ${scopes.join(' ')}`,
    scopes,
    expiresAt: options.expiresAt,
  });
  return { key, prefix: record.prefix, bearer: { authorization: `Bearer ${key}` } };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function startTestServer(
  driver: Driver,
  env: Record<string, string> = {},
): Promise<TestServer> {
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
    async gql(query, variables, headers) {
      const res = await post(running.url, { query: String(query), variables }, headers);
      return {
        status: res.status,
        headers: res.headers,
        body: (await res.json()) as GqlResponse['body'],
        sql: Number(res.headers.get('x-sql-statements') ?? NaN),
      };
    },
    async query(document, variables, headers) {
      const res = await server.gql(
        document,
        variables as Record<string, unknown> | undefined,
        headers,
      );
      if (res.body.errors?.length || res.body.data === undefined) {
        throw new Error(
          `the operation failed (HTTP ${res.status}): ${JSON.stringify(res.body.errors)}`,
        );
      }
      return { status: res.status, headers: res.headers, data: res.body.data, sql: res.sql };
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

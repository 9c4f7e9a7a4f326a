// Counts the SQL statements each request runs. The per-request count is
// what the no-N+1 tests assert and what the benchmarks report ("statements per request").
import { AsyncLocalStorage } from 'node:async_hooks';

export type SqlTally = { statements: number };

const current = new AsyncLocalStorage<SqlTally>();

/** Runs fn with a fresh tally; every statement issued inside it (even via DataLoader) counts. */
export function withSqlTally<T>(tally: SqlTally, fn: () => T): T {
  return current.run(tally, fn);
}

/** MikroORM's `onQuery` hook: sees every statement before it runs; must return it unchanged. */
export function countStatement(sql: string): string {
  const tally = current.getStore();
  if (tally) tally.statements++;
  return sql;
}

/** Runs fn outside any request's tally (work shared by many requests, like a group commit). */
export function outsideRequests<T>(fn: () => T): T {
  return current.exit(fn);
}

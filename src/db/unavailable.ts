// Which errors mean the database is away (unreachable, frozen, out of connections) rather than
// a fault of the request or of ours: the caller is told to retry (503), and the health check trips.
import { ConnectionException } from '@mikro-orm/core';

/** The database could not be reached or did not answer in time: worth retrying later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const e = error as { name?: string; code?: string; message?: string } | null;
  if (!e) return false;
  if (e.name === 'KnexTimeoutError') return true;
  if (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '57014', 'SQLITE_BUSY'].includes(
      e.code ?? '',
    )
  )
    return true;
  // "timeout expired": pg's client, when the server did not accept a new connection in time.
  return /ECONNREFUSED|Connection terminated|connection timeout|timeout exceeded|timeout expired|Timeout acquiring|Query read timeout|database check timed out/i.test(
    e.message ?? '',
  );
}

// Cursors: a list's position as an opaque string, the sort key's value and the row id that
// breaks ties, base64url JSON underneath. Checked here, where every list decodes them, so no
// forged value reaches SQL. Below the schema: the keyset paging in db/ reads them too.
import { badInput } from '../platform/errors.js';

/** A sort position: the sort key's value as stored, and the id that breaks ties. */
export type CursorValue = [unknown, number];

/**
 * The largest row id: ids are `integer` columns (PostgreSQL's 32-bit `serial`). An id or a cursor
 * beyond it cannot name a row, and PostgreSQL refuses to compare a column with it.
 */
export const MAX_ROW_ID = 2_147_483_647;

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The error for a cursor this list did not give out (or that does not fit its sort). */
export const notACursor = () =>
  badInput(
    '`after` is not a cursor of this list. Pass `pageInfo.endCursor` from the previous page.',
    { argument: 'after' },
  );

/** A sort value any list could have given out: null, a finite number, or a short text with no NUL. */
const isSortValue = (v: unknown) =>
  v === null ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.length <= 200 && !v.includes('\u0000'));

/**
 * A cursor, checked for what every list's cursor is (a sort value and a row id in range), so no
 * forged value reaches SQL; each list then checks the sort value's type for its own order.
 */
export function decodeCursor(cursor: string): CursorValue {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw notACursor();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(value) || value.length !== 2 || !isSortValue(value[0])) throw notACursor();
  const id = value[1];
  if (!Number.isSafeInteger(id) || id < 0 || id > MAX_ROW_ID) throw notACursor();
  return value as CursorValue;
}

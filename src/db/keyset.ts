// Keyset pagination on one sort column plus the id, in SQL both drivers understand, written so
// that an index on (sort key, id) serves the order and the cursor: the database reads one page
// of index entries, never the whole table. Offsets would shift under inserts; a keyset cursor
// stays put.
//
// A nullable column (a publication date the source does not give) sorts last in both
// directions. `(x is null), x` cannot be served by a plain index, so the sort key is
// `coalesce(x, <far end>)`, the far end being the earliest date for a descending order and the
// latest for an ascending one; the migrations index exactly these expressions
// (`article_order_*`), and the planner matches them by their text.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { notACursor, type CursorValue } from './cursor.js';
import { isPostgres } from './dialect.js';

export type SortSpec = {
  /** Column, qualified with the table alias: "a.published_at". */
  column: string;
  /** Row field holding the column's value in results. */
  field: string;
  dir: 'asc' | 'desc';
  /** What the column holds: dates are kept in cursors as ISO strings. */
  type: 'date' | 'string';
  /** Only date columns may be nullable (their far ends are known). */
  nullable: boolean;
  /** Id column, qualified: "a.id". */
  id: string;
};

/** Dates beyond every real one, as each database stores dates (SQLite: epoch milliseconds). */
const farEnd = {
  sqlite: { earliest: '-8640000000000000', latest: '8640000000000000' },
  postgresql: { earliest: `'-infinity'::timestamptz`, latest: `'infinity'::timestamptz` },
};

const dialectOf = (em: EntityManager) => (isPostgres(em) ? 'postgresql' : 'sqlite');

/** Where a null sorts: after everything, in either direction. */
const nullEnd = (em: EntityManager, sort: SortSpec) =>
  farEnd[dialectOf(em)][sort.dir === 'desc' ? 'earliest' : 'latest'];

/** The expression sorted on (the one the order indexes are built over). */
export function sortKey(em: EntityManager, sort: SortSpec): string {
  return sort.nullable ? `coalesce(${sort.column}, ${nullEnd(em, sort)})` : sort.column;
}

/** ORDER BY clause; nulls always last, whatever the direction. */
export function orderSql(em: EntityManager, sort: SortSpec): string {
  return `${sortKey(em, sort)} ${sort.dir}, ${sort.id} ${sort.dir}`;
}

/**
 * Restricts qb to the rows strictly after the cursor in `sort` order. The row comparison says
 * it exactly; the single-column bound beside it lets SQLite start its index scan there.
 */
export function whereAfter(
  em: EntityManager,
  qb: Knex.QueryBuilder,
  sort: SortSpec,
  cursor: CursorValue,
): void {
  const [value, id] = cursor;
  const op = sort.dir === 'asc' ? '>' : '<';
  const key = sortKey(em, sort);
  const stored = storedValue(em, sort, value);
  const v = stored === null ? nullEnd(em, sort) : '?';
  const bindings = stored === null ? [id] : [stored, stored, id];
  qb.whereRaw(`${key} ${op}= ${v} and (${key}, ${sort.id}) ${op} (${v}, ?)`, bindings);
}

/** The cursor's sort value as the database stores it; a value of the wrong type is the caller's mistake. */
function storedValue(em: EntityManager, sort: SortSpec, value: unknown): Knex.Value {
  if (value === null) {
    if (!sort.nullable) throw notACursor();
    return null;
  }
  if (typeof value !== 'string' || value.length > 200) throw notACursor();
  if (sort.type === 'string') return value;
  const date = new Date(value);
  const year = date.getUTCFullYear();
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime()) || year < 1 || year > 9999)
    throw notACursor();
  return em.getPlatform().processDateProperty(date) as Knex.Value;
}

/** A row's position in `sort`, dates as ISO strings whatever the driver returned. */
export function cursorOf(row: Record<string, unknown>, sort: SortSpec): CursorValue {
  const v = row[sort.field] ?? null;
  if (v === null || sort.type === 'string') return [v, Number(row.id)];
  const date = v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v));
  return [date.toISOString(), Number(row.id)];
}

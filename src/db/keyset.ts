// Keyset pagination on one sort column plus the id, in SQL both drivers understand. Offsets
// would shift under inserts; a keyset cursor stays put.
import type { Knex } from '@mikro-orm/knex';
import type { CursorValue } from '../graphql/connection.js';

export type SortSpec = {
  /** Column, qualified with the table alias: "a.published_at". */
  column: string;
  /** Row field holding the column's value in results. */
  field: string;
  dir: 'asc' | 'desc';
  nullable: boolean;
  /** Id column, qualified: "a.id". */
  id: string;
};

/** ORDER BY clause; nulls always last, whatever the direction. */
export function orderSql(sort: SortSpec): string {
  const nulls = sort.nullable ? `(${sort.column} is null) asc, ` : '';
  return `${nulls}${sort.column} ${sort.dir}, ${sort.id} ${sort.dir}`;
}

/** Restricts qb to the rows strictly after the cursor in `sort` order. */
export function whereAfter(qb: Knex.QueryBuilder, sort: SortSpec, [value, id]: CursorValue): void {
  const op = sort.dir === 'asc' ? '>' : '<';
  const { column: c, id: idCol } = sort;
  if (value === null) {
    qb.whereRaw(`(${c} is null and ${idCol} ${op} ?)`, [id]);
  } else if (sort.nullable) {
    qb.whereRaw(`((${c} is not null and (${c} ${op} ? or (${c} = ? and ${idCol} ${op} ?))) or ${c} is null)`, [
      value as Knex.Value,
      value as Knex.Value,
      id,
    ]);
  } else {
    qb.whereRaw(`(${c} ${op} ? or (${c} = ? and ${idCol} ${op} ?))`, [value as Knex.Value, value as Knex.Value, id]);
  }
}

export function cursorOf(row: Record<string, unknown>, sort: SortSpec): CursorValue {
  const v = row[sort.field];
  return [v instanceof Date ? v.toISOString() : (v ?? null), Number(row.id)];
}

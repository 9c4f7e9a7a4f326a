// One page of entities from a hand-built keyset query (knex), as lean read-only entities whose
// relations batch through the request's loaders.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { EntityClass } from '@mikro-orm/core';
import { encodeCursor, type CursorValue } from './cursor.js';
import { cursorOf, orderSql, whereAfter, type SortSpec } from './keyset.js';
import { asEntity, rowOf, rowsOf, type Row } from './rows.js';

export type RowPage<T> = { hasNextPage: boolean; items: { node: T; cursor: string }[] };

export async function pageQuery<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  qb: Knex.QueryBuilder,
  spec: SortSpec,
  first: number,
  after?: CursorValue,
): Promise<RowPage<T>> {
  const q = qb
    .clone()
    .orderByRaw(orderSql(em, spec))
    .limit(first + 1);
  if (after) whereAfter(em, q, spec, after);
  // Texts differ only by filter and order, a small set: kept prepared (rows.ts).
  const rows = await rowsOf(em, q, [], { reuse: true });
  return rowsToPage(em, entity, rows, first, spec);
}

export function rowsToPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: Row[],
  first: number,
  spec: SortSpec,
): RowPage<T> {
  return {
    hasNextPage: rows.length > first,
    items: rows.slice(0, first).map((row) => ({
      node: asEntity(em, entity, row),
      cursor: encodeCursor(cursorOf(row, spec)),
    })),
  };
}

export async function countQuery(
  em: EntityManager,
  qb: Knex.QueryBuilder,
  idColumn: string,
): Promise<number> {
  const q = qb.clone().clearSelect().clearOrder().countDistinct(`${idColumn} as n`);
  const row = await rowOf<{ n: number | string }>(em, q);
  return Number(row?.n ?? 0);
}

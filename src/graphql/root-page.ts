// Root connections (people, organisations, events, places, tags) share this: keyset page + count.
import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { countQuery, pageQuery } from '../db/paging.js';
import type { SortSpec } from '../db/keyset.js';
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from './connection.js';
import { decodeCursor } from '../db/cursor.js';
import type { Context } from './context.js';

/** Sort by the unique slug: alphabetical without accents, and a cursor of one value. */
export const bySlug: SortSpec = {
  column: 't.slug',
  field: 'slug',
  dir: 'asc',
  type: 'string',
  nullable: false,
  id: 't.id',
};

export async function rootPage<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  qb: Knex.QueryBuilder,
  args: PageArgs,
  spec: SortSpec = bySlug,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after;
  const page = await pageQuery(
    ctx.em,
    entity,
    qb,
    spec,
    first,
    after ? decodeCursor(after) : undefined,
  );
  return { ...page, hasPreviousPage: after != null, count: () => countQuery(ctx.em, qb, 't.id') };
}

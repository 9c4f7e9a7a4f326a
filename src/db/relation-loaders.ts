// Per-request batch loaders for relations, with plain SQL. MikroORM's own collection loading
// (Collection.load with its dataloader) builds a QueryBuilder condition node per id, and was
// most of the CPU of a page in the benchmarks; this reads the same rows in one statement per
// relation and hydrates each distinct entity once.
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

type Row = Record<string, unknown>;

/** The loaded entity with this id in the request's identity map (not a bare reference), if any. */
function loaded<T extends object>(em: EntityManager, entity: EntityClass<T>, id: unknown): T | undefined {
  const found = em.getUnitOfWork().getById(entity.name, id as never) as T | undefined;
  return found && wrap(found, true).isInitialized() ? found : undefined;
}

/** Rows to entities of the request's identity map; an entity already loaded is reused. */
function hydrate<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: Row[]): T[] {
  return rows.map((row) => loaded(em, entity, row.id) ?? em.map(entity, row as never));
}

/** Targets of a link table, per owner, in link order: Article.tags, Event.organisers, ... */
export function linkLoader<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; table: string; link: string; owner: string; target: string },
) {
  return new DataLoader<number, T[]>(async (owners) => {
    const knex = em.getKnex();
    const rows: Row[] = await em.execute(
      knex(`${spec.link} as l`)
        .join(`${spec.table} as t`, 't.id', `l.${spec.target}`)
        .select('t.*', `l.${spec.owner} as __owner`)
        .whereIn(`l.${spec.owner}`, owners as number[])
        .orderBy([`l.${spec.owner}`, 'l.id']),
    );
    return group(owners, rows, (list) => hydrate(em, spec.entity, list));
  });
}

/** Rows pointing at their owner by a foreign key, per owner, in `order`: Article.images, ... */
export function childLoader<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; table: string; owner: string; order: string },
) {
  return new DataLoader<number, T[]>(async (owners) => {
    const knex = em.getKnex();
    const rows: Row[] = await em.execute(
      knex(`${spec.table} as t`)
        .select('t.*', `t.${spec.owner} as __owner`)
        .whereIn(`t.${spec.owner}`, owners as number[])
        .orderByRaw(`t.${spec.owner}, ${spec.order}`),
    );
    return group(owners, rows, (list) => hydrate(em, spec.entity, list));
  });
}

/** Entities by id (a many-to-one reference): Article.category, Event.place, ... */
export function byIdLoader<T extends object>(em: EntityManager, spec: { entity: EntityClass<T>; table: string }) {
  return new DataLoader<number, T | null>(async (ids) => {
    const missing = ids.filter((id) => !loaded(em, spec.entity, id));
    if (missing.length) {
      const rows: Row[] = await em.execute(em.getKnex()(spec.table).select('*').whereIn('id', missing as number[]));
      hydrate(em, spec.entity, rows);
    }
    return ids.map((id) => loaded(em, spec.entity, id) ?? null);
  });
}

function group<T>(owners: readonly number[], rows: Row[], toEntities: (rows: Row[]) => T[]): T[][] {
  const byOwner = new Map<number, Row[]>(owners.map((o) => [o, []]));
  for (const { __owner, ...row } of rows) byOwner.get(Number(__owner))?.push(row);
  return owners.map((o) => toEntities(byOwner.get(o)!));
}

// Per-request batch loaders for relations, with plain SQL: one statement per relation for any
// number of owners, rows turned into lean read-only entities (db/rows.ts). MikroORM's own
// collection loading builds a QueryBuilder condition node per id and hydrates managed entities,
// and was most of the CPU of a page in the benchmarks. The ids are one bound value, so each
// loader's text is fixed and PostgreSQL keeps it prepared (rows.ts).
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { asEntities, asEntity, byIdsStatement, whereIdIn, type Row } from './rows.js';

/** Targets of a link table, per owner, in link order: Article.tags, Event.organisers, ... */
export function linkLoader<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; table: string; link: string; owner: string; target: string },
) {
  const statement = byIdsStatement(em, `link ${spec.link} ${spec.table} ${spec.owner} ${spec.target}`, (owners) =>
    whereIdIn(em, em.getKnex()(`${spec.link} as l`).join(`${spec.table} as t`, 't.id', `l.${spec.target}`).select('t.*', `l.${spec.owner} as __owner`), `l.${spec.owner}`, owners)
      .orderBy([`l.${spec.owner}`, 'l.id']),
  );
  return new DataLoader<number, T[]>(async (owners) => group(owners, await statement(owners), (list) => asEntities(em, spec.entity, list)));
}

/** Rows pointing at their owner by a foreign key, per owner, in `order`: Article.images, ... */
export function childLoader<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; table: string; owner: string; order: string },
) {
  const statement = byIdsStatement(em, `child ${spec.table} ${spec.owner} ${spec.order}`, (owners) =>
    whereIdIn(em, em.getKnex()(`${spec.table} as t`).select('t.*', `t.${spec.owner} as __owner`), `t.${spec.owner}`, owners).orderByRaw(`t.${spec.owner}, ${spec.order}`),
  );
  return new DataLoader<number, T[]>(async (owners) => group(owners, await statement(owners), (list) => asEntities(em, spec.entity, list)));
}

/** Entities by id (a many-to-one reference): Article.category, Event.place, ... */
export function byIdLoader<T extends object>(em: EntityManager, spec: { entity: EntityClass<T>; table: string }) {
  const statement = byIdsStatement(em, `by id ${spec.table}`, (ids) => whereIdIn(em, em.getKnex()(spec.table).select('*'), 'id', ids));
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await statement(ids);
    const byId = new Map(rows.map((row) => [Number(row.id), asEntity(em, spec.entity, row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

function group<T>(owners: readonly number[], rows: Row[], toEntities: (rows: Row[]) => T[]): T[][] {
  const byOwner = new Map<number, Row[]>(owners.map((o) => [o, []]));
  for (const row of rows) byOwner.get(Number(row.__owner))?.push(row);
  return owners.map((o) => toEntities(byOwner.get(o)!));
}

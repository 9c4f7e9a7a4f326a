// Per-request batch loaders for relations, with plain SQL: one statement per relation for any
// number of owners, rows turned into lean read-only entities (db/rows.ts). MikroORM's own
// collection loading builds a QueryBuilder condition node per id and hydrates managed entities,
// and was most of the CPU of a page in the benchmarks. The ids are one bound value, so each
// loader's text is fixed and PostgreSQL keeps it prepared (rows.ts).
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { isPostgres } from './dialect.js';
import {
  asEntities,
  asEntity,
  byIdsStatement,
  columnsOf,
  entityFromValues,
  idsValue,
  rowsOf,
  whereIdIn,
  type Row,
} from './rows.js';

export type LinkSpec<T extends object> = {
  entity: EntityClass<T>;
  table: string;
  link: string;
  owner: string;
  target: string;
};
export type ChildSpec<T extends object> = {
  entity: EntityClass<T>;
  table: string;
  owner: string;
  order: string;
};

/** Targets of a link table, per owner, in link order: Article.tags, Event.organisers, ... */
export function linkLoader<T extends object>(em: EntityManager, spec: LinkSpec<T>) {
  const statement = byIdsStatement(
    em,
    `link ${spec.link} ${spec.table} ${spec.owner} ${spec.target}`,
    (owners) =>
      whereIdIn(
        em,
        em
          .getKnex()(`${spec.link} as l`)
          .join(`${spec.table} as t`, 't.id', `l.${spec.target}`)
          .select('t.*', `l.${spec.owner} as __owner`),
        `l.${spec.owner}`,
        owners,
      ).orderBy([`l.${spec.owner}`, 'l.id']),
  );
  return new DataLoader<number, T[]>(async (owners) =>
    group(owners, await statement(owners), (list) => asEntities(em, spec.entity, list)),
  );
}

/** Rows pointing at their owner by a foreign key, per owner, in `order`: Article.images, ... */
export function childLoader<T extends object>(em: EntityManager, spec: ChildSpec<T>) {
  const statement = byIdsStatement(
    em,
    `child ${spec.table} ${spec.owner} ${spec.order}`,
    (owners) =>
      whereIdIn(
        em,
        em.getKnex()(`${spec.table} as t`).select('t.*', `t.${spec.owner} as __owner`),
        `t.${spec.owner}`,
        owners,
      ).orderByRaw(`t.${spec.owner}, ${spec.order}`),
  );
  return new DataLoader<number, T[]>(async (owners) =>
    group(owners, await statement(owners), (list) => asEntities(em, spec.entity, list)),
  );
}

/** Entities by id (a many-to-one reference): Article.category, Event.place, ... */
export function byIdLoader<T extends object>(
  em: EntityManager,
  spec: { entity: EntityClass<T>; table: string },
) {
  const statement = byIdsStatement(em, `by id ${spec.table}`, (ids) =>
    whereIdIn(em, em.getKnex()(spec.table).select('*'), 'id', ids),
  );
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

/**
 * One relation in a `relationBundle`: the rows that hold its owner (`from`, with the owner's
 * column and the two columns that order a list, as its own loader orders it), and where each
 * one's entity is: that row itself (`t`), or the row of `target` that it points at.
 */
export type BundlePart = {
  entity: EntityClass<object>;
  from: string;
  owner: string;
  order: [string, string];
  target?: { table: string; id: string };
};

export const linkPart = <T extends object>(spec: LinkSpec<T>): BundlePart => ({
  entity: spec.entity,
  from: `${spec.link} as l`,
  owner: `l.${spec.owner}`,
  order: ['l.id', '0'],
  target: { table: spec.table, id: `l.${spec.target}` },
});

export const childPart = <T extends object>(spec: ChildSpec<T>): BundlePart => {
  const [first, second = '0', ...more] = spec.order.split(',').map((c) => c.trim());
  if (more.length > 0)
    throw new Error(
      `childPart ${spec.table}: a bundle orders by two columns at most: ${spec.order}`,
    );
  return {
    entity: spec.entity,
    from: `${spec.table} as t`,
    owner: `t.${spec.owner}`,
    order: [first, second],
  };
};

/**
 * Several relations of the same owners in one statement: each relation's rows, its entity's
 * columns as one JSON array per row (in `columnsOf` order), one relation after the other
 * (UNION ALL), grouped again here per relation and owner. A page that asked for eight relations
 * of its articles made eight round trips; on PostgreSQL each is a system call and a wake-up of
 * the database's process. A probe, one article with its nine relations on PostgreSQL: 2.2-3.1
 * ms of the gateway's CPU a request with a statement each, 1.4-2.1 ms so. Texts are built once
 * per set of relations, and kept prepared.
 */
export function relationBundle<N extends string>(em: EntityManager, parts: Record<N, BundlePart>) {
  const postgres = isPostgres(em);
  const texts = new Map<string, string>();
  const textOf = (names: readonly N[]) => {
    const key = names.join(',');
    let text = texts.get(key);
    if (text === undefined) {
      const selects = names.map((name, i) => {
        const { entity, from, owner, order, target } = parts[name];
        const row = `${postgres ? 'json_build_array' : 'json_array'}(${columnsOf(em, entity)
          .map((c) => `t."${c}"`)
          .join(', ')})`;
        // A target row by its primary key, once per link: as a join, PostgreSQL hashed the whole
        // target table (12,000 people at 100,000 articles) and ran the parts in parallel workers:
        // 50-90 ms for a page of 100 articles, against 9-12 ms so.
        const value = target
          ? `(select ${row} from ${target.table} as t where t.id = ${target.id})`
          : row;
        const owners = postgres
          ? `${owner} = any(?::int[])`
          : `${owner} in (select value from json_each(?))`;
        return `select ${i} as part, ${owner} as owner, ${order[0]} as k1, ${order[1]} as k2, ${value} as row from ${from} where ${owners}`;
      });
      texts.set(key, (text = `${selects.join(' union all ')} order by 1, 2, 3, 4`));
    }
    return text;
  };
  /** One statement: the `names` relations of `owners`, per owner. */
  const run = async (
    names: readonly N[],
    owners: number[],
  ): Promise<Map<number, Map<N, object[]>>> => {
    const ids = idsValue(em, owners);
    const rows = await rowsOf<{ part: number; owner: number; row: unknown[] | string }>(
      em,
      textOf(names),
      names.map(() => ids),
      { reuse: true },
    );
    const byPart = names.map(() => new Map<number, object[]>(owners.map((o) => [o, []])));
    for (const r of rows) {
      const part = Number(r.part);
      const values = typeof r.row === 'string' ? (JSON.parse(r.row) as unknown[]) : r.row;
      if (values === null) continue; // a reference that is empty (an article without a section)
      byPart[part]
        .get(Number(r.owner))
        ?.push(entityFromValues(em, parts[names[part]].entity, values));
    }
    return new Map(
      owners.map((owner) => [
        owner,
        new Map(names.map((name, i) => [name, byPart[i].get(owner)!])),
      ]),
    );
  };
  // Batched like the other loaders: the pages of several parents (a person's, a tag's articles)
  // arrive together and ask together, one statement per set of relations asked for.
  return new DataLoader<{ owner: number; names: readonly N[] }, Map<N, object[]>, string>(
    async (keys) => {
      const sets = new Map<string, { names: readonly N[]; owners: Set<number> }>();
      for (const { owner, names } of keys) {
        let set = sets.get(names.join(','));
        if (!set) sets.set(names.join(','), (set = { names, owners: new Set() }));
        set.owners.add(owner);
      }
      const answers = new Map(
        await Promise.all(
          [...sets].map(
            async ([key, { names, owners }]) => [key, await run(names, [...owners])] as const,
          ),
        ),
      );
      return keys.map(({ owner, names }) => answers.get(names.join(','))!.get(owner)!);
    },
    { cacheKeyFn: ({ owner, names }) => `${names.join(',')}:${owner}` },
  );
}

// The lean read path. Statements run on a pooled connection with every value bound (MikroORM's
// `em.execute` splices values into the SQL text, so SQLite prepared a new statement for every
// request and a NUL in an argument broke the statement), and go through MikroORM's onQuery hook,
// which counts them in the request's tally. Rows become plain objects with the entity's prototype and properties, converted as
// MikroORM's hydrator converts them, but without the identity map, change tracking or
// collections: read-only answers need none of it, and it was the largest cost of a page.
import { createHash } from 'node:crypto';
import type { EntityClass, EntityMetadata, EntityProperty, Platform } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { isPostgres } from './dialect.js';
import { replicaOf, retryOnPrimary } from './replicas.js';

export type Row = Record<string, unknown>;

type Statement = Knex.QueryBuilder | Knex.Raw | string;

/** What rowsOf needs of knex's client (the pool) and of the drivers' connections. */
type PoolClient = {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): unknown;
  positionBindings(sql: string): string;
};
type SqliteStatement = {
  reader: boolean;
  all(bindings: unknown[]): unknown[];
  run(bindings: unknown[]): unknown;
};
type SqliteConnection = { prepare(sql: string): SqliteStatement };
type PgConnection = {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
};

export type StatementOptions = {
  /**
   * The text is one of a small, fixed set (no list of values spliced into it: see `whereIdIn`).
   * PostgreSQL then keeps it prepared on each pooled connection: parsed and planned once, not
   * on every request (parse and plan were over half of the database's CPU for a HomePage).
   */
  reuse?: boolean;
};

/**
 * Names of reused statements, by text. The generation changes when PostgreSQL refuses a
 * prepared statement whose result columns a migration changed (`select *` after a column was
 * added): every statement is then prepared again under a new name.
 */
const statementNames = new Map<string, string>();
let generation = 0;

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name)
    statementNames.set(
      text,
      (name = `bantin_${generation}_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`),
    );
  return name;
}

/** PostgreSQL's "cached plan must not change result type" (0A000). */
const isStalePlan = (err: unknown) =>
  (err as { code?: string }).code === '0A000' && /cached plan/.test(String((err as Error).message));

/**
 * `column` is one of `ids`, bound as a single value: the SQL text is the same for any number of
 * ids, so it can be reused (PostgreSQL: `= any(array)`; SQLite: the ids as a JSON array).
 */
export function whereIdIn(
  em: EntityManager,
  qb: Knex.QueryBuilder,
  column: string,
  ids: readonly number[],
): Knex.QueryBuilder {
  return qb.whereRaw(
    isPostgres(em) ? `${column} = any(?::int[])` : `${column} in (select value from json_each(?))`,
    [idsValue(em, ids)],
  );
}

/** The value `whereIdIn` binds for `ids`. */
export function idsValue(em: EntityManager, ids: readonly number[]): string {
  const list = ids.map(Number);
  if (!list.every(Number.isSafeInteger)) throw new Error('whereIdIn: ids must be integers');
  return isPostgres(em) ? `{${list.join(',')}}` : JSON.stringify(list);
}

/** Texts of `byIdsStatement`s, by name and dialect. */
const byIdsTexts = new Map<string, string>();

/**
 * A statement whose one value is its id list (`whereIdIn`), compiled once per process: its text
 * is the same for any ids, and building it with knex for every request was a few % of a page's
 * CPU. `name` says which statement it is (the same name, the same SQL).
 */
export function byIdsStatement(
  em: EntityManager,
  name: string,
  build: (ids: readonly number[]) => Knex.QueryBuilder,
) {
  const key = `${isPostgres(em) ? 'postgresql' : 'sqlite'}:${name}`;
  return (ids: readonly number[]): Promise<Row[]> => {
    let sql = byIdsTexts.get(key);
    if (sql === undefined) {
      const native = build(ids).toSQL();
      if (native.bindings.length !== 1)
        throw new Error(
          `byIdsStatement ${name}: the statement must bind only its ids: ${native.sql}`,
        );
      byIdsTexts.set(key, (sql = native.sql));
    }
    return rowsOf(em, sql, [idsValue(em, ids)], { reuse: true });
  };
}

/**
 * Prepared SQLite statements per connection: the same texts run on every request, and preparing
 * them again was a good part of a page's SQL time. Bounded: texts differ by the length of their
 * id lists.
 */
const prepared = new WeakMap<object, Map<string, SqliteStatement>>();
const MAX_PREPARED = 500;

function preparedOn(connection: SqliteConnection, sql: string): SqliteStatement {
  let cache = prepared.get(connection);
  if (!cache) prepared.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_PREPARED) cache.clear();
    statement = connection.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Runs one statement with its values bound; in the EntityManager's transaction when it has one. */
export async function rowsOf<T = Row>(
  em: EntityManager,
  statement: Statement,
  bindings: readonly unknown[] = [],
  options: StatementOptions = {},
): Promise<T[]> {
  const native = typeof statement === 'string' ? { sql: statement, bindings } : statement.toSQL();
  const values = (native.bindings ?? []) as unknown[];
  // The hook MikroORM calls for its own statements (db/sql-stats.ts counts them per request).
  em.config.get('onQuery')(native.sql, values);
  const knex = em.getKnex();
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (trx) {
    const result = await knex.raw(native.sql, values as Knex.RawBinding[]).transacting(trx);
    return (isPostgres(em) ? result.rows : result) as T[];
  }
  const replica = replicaOf(em);
  if (replica?.up) {
    try {
      return await pooled<T>(replica.knex, true, native.sql, values, options);
    } catch (err) {
      if (!retryOnPrimary(err)) throw err;
      // The replica went away (or cancelled for recovery): the primary answers this one.
      replica.fellBack();
    }
  }
  return pooled<T>(knex, isPostgres(em), native.sql, values, options);
}

/** Straight on a pooled connection: knex's runner adds nothing a read needs. */
async function pooled<T>(
  knex: Knex,
  postgres: boolean,
  sql: string,
  values: unknown[],
  options: StatementOptions,
): Promise<T[]> {
  const client = knex.client as unknown as PoolClient;
  const connection = await client.acquireConnection();
  try {
    if (postgres) {
      const text = client.positionBindings(sql);
      if (!options.reuse)
        return (await (connection as PgConnection).query({ text, values })).rows as T[];
      try {
        return (
          await (connection as PgConnection).query({ name: statementName(text), text, values })
        ).rows as T[];
      } catch (err) {
        if (!isStalePlan(err)) throw err;
        generation += 1;
        statementNames.clear();
        return (
          await (connection as PgConnection).query({ name: statementName(text), text, values })
        ).rows as T[];
      }
    }
    const prepared = preparedOn(connection as SqliteConnection, sql);
    const sqliteValues = values.map((v) =>
      v instanceof Date ? v.valueOf() : typeof v === 'boolean' ? Number(v) : v,
    );
    if (prepared.reader) return prepared.all(sqliteValues) as T[];
    prepared.run(sqliteValues);
    return [];
  } finally {
    client.releaseConnection(connection);
  }
}

/** The first row, or undefined. */
export async function rowOf<T = Row>(
  em: EntityManager,
  statement: Statement,
  bindings: readonly unknown[] = [],
): Promise<T | undefined> {
  return (await rowsOf<T>(em, statement, bindings))[0];
}

type Column = {
  field: string;
  name: string;
  convert: (value: unknown) => unknown;
};

/**
 * How rows of an entity become objects: its columns, and the prototype they get. MikroORM puts
 * accessors for the entity's properties on its prototype; the lean prototype sits between them
 * and the object with a plain writable property of each name, so a column is set by assignment
 * (the accessor is never called) and every object of the entity has the same shape. Defining
 * each column as an own property instead (Object.defineProperty) was the slowest part of it.
 */
type Shape = { columns: Column[]; proto: object };

const shapes = new WeakMap<EntityMetadata, Shape>();

function columnOf(prop: EntityProperty, platform: Platform): Column | null {
  const field = prop.fieldNames?.[0];
  if (!field || prop.persist === false || prop.fieldNames.length !== 1) return null;
  if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) {
    // A reference holds the target's id; resolvers follow it with `loadRef`.
    return { field, name: prop.name, convert: (id) => (id === null ? null : { id: Number(id) }) };
  }
  if (prop.kind !== 'scalar') return null;
  const type = prop.customType;
  if (type) return { field, name: prop.name, convert: (v) => type.convertToJSValue(v, platform) };
  if (prop.runtimeType === 'boolean') return { field, name: prop.name, convert: (v) => !!v };
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    return {
      field,
      name: prop.name,
      convert: (v) => (v instanceof Date ? v : new Date(v as string | number)),
    };
  }
  return { field, name: prop.name, convert: (v) => v };
}

function shapeOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  meta: EntityMetadata<T>,
): Shape {
  let shape = shapes.get(meta);
  if (!shape) {
    const platform = em.getPlatform();
    const columns = meta.props
      .map((p) => columnOf(p as EntityProperty, platform))
      .filter((c): c is Column => c !== null);
    const proto = Object.create(entity.prototype) as object;
    for (const c of columns) {
      if (hasAccessor(entity.prototype, c.name))
        Object.defineProperty(proto, c.name, {
          value: undefined,
          writable: true,
          enumerable: false,
          configurable: true,
        });
    }
    shapes.set(meta, (shape = { columns, proto }));
  }
  return shape;
}

/**
 * A row as a read-only entity: an instance of the entity (so `instanceof` and getters such as
 * `globalId` work) with its columns as properties; columns the row lacks stay undefined.
 */
export function asEntity<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Row): T {
  const { columns, proto } = shapeOf(em, entity, em.getMetadata().get<T>(entity.name));
  const out = Object.create(proto) as Record<string, unknown>;
  for (const c of columns) {
    const value = row[c.field];
    if (value === undefined) continue;
    out[c.name] = value === null ? null : c.convert(value);
  }
  return out as T;
}

function hasAccessor(proto: object | null, name: string): boolean {
  for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d.get !== undefined || d.set !== undefined;
  }
  return false;
}

/** The columns a read-only entity is made from, by name in the table (for statements that list them). */
export function columnsOf<T extends object>(em: EntityManager, entity: EntityClass<T>): string[] {
  return shapeOf(em, entity, em.getMetadata().get<T>(entity.name)).columns.map((c) => c.field);
}

/** A read-only entity from its columns' values, in `columnsOf` order (a row sent as a JSON array). */
export function entityFromValues<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  values: readonly unknown[],
): T {
  const { columns, proto } = shapeOf(em, entity, em.getMetadata().get<T>(entity.name));
  const out = Object.create(proto) as Record<string, unknown>;
  for (let i = 0; i < columns.length; i++) {
    const value = values[i];
    out[columns[i].name] = value === null || value === undefined ? null : columns[i].convert(value);
  }
  return out as T;
}

/** Rows as read-only entities. */
export function asEntities<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: Row[],
): T[] {
  return rows.map((row) => asEntity(em, entity, row));
}

/** The first row of a statement as a read-only entity, or null. */
export async function entityOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  statement: Statement,
): Promise<T | null> {
  const row = await rowOf(em, statement);
  return row ? asEntity(em, entity, row) : null;
}

/** One entity by its unique slug, or null. */
export function bySlug<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  slug: string,
): Promise<T | null> {
  const table = em.getMetadata().get<T>(entity.name).tableName;
  return entityOf(em, entity, em.getKnex()(table).select('*').where('slug', slug).limit(1));
}

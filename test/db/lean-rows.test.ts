// The lean read path (src/db/rows.ts) must give resolvers what MikroORM's hydration gave them:
// for every entity and every seeded row, the same property values, types included (dates as
// Date, JSON parsed, references as their target's id), on both databases.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../src/db/entities.js';
import { asEntity, rowsOf, whereIdIn } from '../../src/db/rows.js';
import { testDrivers } from '../helpers/databases.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const drivers = await testDrivers();

/** What a resolver can read of an entity: its columns, references as ids. */
function visible(em: EntityManager, entityName: string, entity: Record<string, unknown>) {
  const meta = em.getMetadata().get(entityName);
  const out: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false || (prop.kind !== 'scalar' && prop.kind !== 'm:1')) continue;
    const value = entity[prop.name] as { id?: unknown } | unknown;
    out[prop.name] = prop.kind === 'm:1' ? ((value as { id?: unknown } | null)?.id ?? null) : value;
  }
  return out;
}

describe.each(drivers)('lean rows on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());

  const named = entities.filter((e): e is Exclude<(typeof entities)[number], { meta: unknown }> => typeof e === 'function');

  it.each(named.map((e) => [e.name, e] as const))('%s: every row reads as MikroORM hydrates it', async (name, entity) => {
    const em = server.running.orm.em.fork() as EntityManager;
    const meta = em.getMetadata().get(name);
    const rows = await rowsOf(em, em.getKnex()(meta.tableName).select('*'));
    const managed = await em.find(entity as never, {}, { orderBy: { [meta.primaryKeys[0]]: 'asc' } as never });
    if (['Article', 'Person', 'Organisation', 'Event', 'Image', 'BodyBlock', 'Category'].includes(name)) {
      expect(rows.length, `${name} has seeded rows to compare`).toBeGreaterThan(0);
    }
    const byKey = new Map(managed.map((m) => [String((m as Record<string, unknown>)[meta.primaryKeys[0]] as never), m]));
    for (const row of rows) {
      const lean = asEntity(em, entity as never, row) as Record<string, unknown>;
      const hydrated = byKey.get(String((lean[meta.primaryKeys[0]] as { id?: unknown })?.id ?? lean[meta.primaryKeys[0]]));
      expect(lean).toBeInstanceOf(entity);
      expect(visible(em, name, lean)).toStrictEqual(visible(em, name, hydrated as Record<string, unknown>));
    }
  });
});

describe.each(drivers)('statements kept prepared on %s', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(() => server.stop());

  it('whereIdIn reads the same rows as a list of ids, with one SQL text for any number of ids', async () => {
    const em = server.running.orm.em.fork() as EntityManager;
    const knex = em.getKnex();
    const all = (await rowsOf<{ id: number }>(em, knex('article').select('id').orderBy('id'))).map((r) => Number(r.id));
    expect(all.length).toBeGreaterThan(3);
    const texts = new Set<string>();
    for (const ids of [[all[0]], all.slice(0, 3), all, [-1]]) {
      const qb = whereIdIn(em, knex('article as a').select('a.id'), 'a.id', ids).orderBy('a.id');
      texts.add(qb.toSQL().sql);
      const rows = await rowsOf<{ id: number }>(em, qb, [], { reuse: true });
      expect(rows.map((r) => Number(r.id))).toEqual(ids.filter((id) => id > 0));
    }
    expect(texts.size).toBe(1);
    expect(() => whereIdIn(em, knex('article'), 'id', [1.5])).toThrow(/integers/);
  });

  it('a kept statement still answers after a migration changes its columns', async () => {
    const em = server.running.orm.em.fork() as EntityManager;
    const knex = em.getKnex();
    await em.execute('create table reuse_probe (id integer primary key, label text)');
    await em.execute("insert into reuse_probe (id, label) values (1, 'a'), (2, 'b')");
    const read = () => rowsOf<Record<string, unknown>>(em, whereIdIn(em, knex('reuse_probe').select('*'), 'id', [1, 2]).orderBy('id'), [], { reuse: true });
    // On every pooled connection (PostgreSQL keeps a prepared statement per connection).
    for (const rows of await Promise.all(Array.from({ length: 10 }, read))) expect(rows).toEqual([{ id: 1, label: 'a' }, { id: 2, label: 'b' }]);
    await em.execute("alter table reuse_probe add column note text default 'n'");
    for (const rows of await Promise.all(Array.from({ length: 10 }, read))) {
      expect(rows).toEqual([{ id: 1, label: 'a', note: 'n' }, { id: 2, label: 'b', note: 'n' }]);
    }
    await em.execute('drop table reuse_probe');
  });
});

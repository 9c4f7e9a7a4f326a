// The lean read path (src/db/rows.ts) must give resolvers what MikroORM's hydration gave them:
// for every entity and every seeded row, the same property values, types included (dates as
// Date, JSON parsed, references as their target's id), on both databases.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../src/db/entities.js';
import { asEntity, rowsOf } from '../../src/db/rows.js';
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

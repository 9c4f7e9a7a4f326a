// The lean read path (src/db/rows.ts) must give resolvers what MikroORM's hydration gave them:
// for every entity and every seeded row, the same property values, types included (dates as
// Date, JSON parsed, references as their target's id), on both databases.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../src/db/entities.js';
import { asEntity, rowsOf, whereIdIn } from '../../src/db/rows.js';
import { testDrivers } from '../helpers/databases.js';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createTestKey, post, startTestServer, type TestServer } from '../helpers/server.js';

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
    // Rows of every entity, beyond what the seed holds: a key, an article written through the API
    // with a body, photo, tags and links (revision, change-feed entry, search entries), written
    // again under another slug (the old one kept) with an Idempotency-Key, a view, and an editor's
    // related pin (no API writes those: the fixture does).
    const editor = await createTestKey(server, [KeyScope.EDITOR]);
    const created = await server.gql(
      'mutation($input: ArticleInput!) { createArticle(input: $input) { article { id slug version } } }',
      {
        input: {
          title: '[synthetic] Hàng của mọi bảng',
          lead: 'Sapo.',
          body: '<p>Đoạn.</p><figure><img src="https://example.org/a.jpg" alt="Ảnh"><figcaption>Chú thích.</figcaption></figure>',
          category: 'tin-tuc',
          tags: ['toi-pham-mang', 'Thẻ mới cho bảng'],
          authors: ['hong-dung'],
          people: ['nguyen-van-long'],
          status: 'PUBLISHED',
        },
      },
      editor.bearer,
    );
    const article = created.body.data.createArticle.article as { id: string; version: number };
    await post(
      server.url,
      {
        query:
          'mutation($id: ID!, $v: Int!) { updateArticle(id: $id, version: $v, input: { slug: "synthetic-hang-cua-moi-bang-moi" }) { article { slug } } }',
        variables: { id: article.id, v: article.version },
      },
      { ...editor.bearer, 'idempotency-key': 'lean-rows-slug' },
    );
    const browser = {
      'user-agent':
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
    };
    const viewed = await server.gql(
      'mutation($id: ID!) { recordView(articleId: $id) }',
      { id: article.id },
      browser,
    );
    expect(viewed.body.data.recordView).toBe(true);
    const em = server.running.orm.em.fork() as EntityManager;
    const [a, b] = (await em.getKnex()('article').select('id').orderBy('id').limit(2)) as {
      id: number;
    }[];
    await em
      .getKnex()('article_related_pin')
      .insert({ article_id: a.id, related_id: b.id, position: 0 });
  });
  afterAll(() => server.stop());

  const named = entities.filter(
    (e): e is Exclude<(typeof entities)[number], { meta: unknown }> => typeof e === 'function',
  );

  it.each(named.map((e) => [e.name, e] as const))(
    '%s: every row reads as MikroORM hydrates it',
    async (name, entity) => {
      const em = server.running.orm.em.fork() as EntityManager;
      const meta = em.getMetadata().get(name);
      const rows = await rowsOf(em, em.getKnex()(meta.tableName).select('*'));
      const managed = await em.find(
        entity as never,
        {},
        { orderBy: { [meta.primaryKeys[0]]: 'asc' } as never },
      );
      expect(rows.length, `${name} has rows to compare`).toBeGreaterThan(0);
      // By the whole primary key (ArticleViewDay's is the article and the day).
      const part = (v: unknown) =>
        v instanceof Date ? v.toISOString() : String((v as { id?: unknown } | null)?.id ?? v);
      const keyOf = (e: Record<string, unknown>) =>
        meta.primaryKeys.map((pk) => part(e[pk])).join('|');
      const byKey = new Map(managed.map((m) => [keyOf(m as Record<string, unknown>), m]));
      for (const row of rows) {
        const lean = asEntity(em, entity as never, row) as Record<string, unknown>;
        const hydrated = byKey.get(keyOf(lean));
        expect(hydrated, `${name} ${keyOf(lean)} is hydrated too`).toBeDefined();
        expect(lean).toBeInstanceOf(entity);
        expect(visible(em, name, lean)).toStrictEqual(
          visible(em, name, hydrated as Record<string, unknown>),
        );
      }
    },
  );
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
    const all = (await rowsOf<{ id: number }>(em, knex('article').select('id').orderBy('id'))).map(
      (r) => Number(r.id),
    );
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
    const read = () =>
      rowsOf<Record<string, unknown>>(
        em,
        whereIdIn(em, knex('reuse_probe').select('*'), 'id', [1, 2]).orderBy('id'),
        [],
        { reuse: true },
      );
    // On every pooled connection (PostgreSQL keeps a prepared statement per connection).
    for (const rows of await Promise.all(Array.from({ length: 10 }, read)))
      expect(rows).toEqual([
        { id: 1, label: 'a' },
        { id: 2, label: 'b' },
      ]);
    await em.execute("alter table reuse_probe add column note text default 'n'");
    for (const rows of await Promise.all(Array.from({ length: 10 }, read))) {
      expect(rows).toEqual([
        { id: 1, label: 'a', note: 'n' },
        { id: 2, label: 'b', note: 'n' },
      ]);
    }
    await em.execute('drop table reuse_probe');
  });
});

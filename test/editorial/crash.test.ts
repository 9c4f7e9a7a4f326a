// Nothing acknowledged is lost, nothing unacknowledged is half written: a real gateway process
// takes a burst of concurrent writes and is killed (SIGKILL) in the middle of it. After a restart
// every article whose write was answered is there whole, and every article that is there at all
// is whole: its body, tags, people, search entry and revision came in one transaction.
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyScope } from '../../src/modules/access/api-key.entity.js';
import { createKey } from '../../src/modules/access/api-keys.js';
import { initOrm } from '../../src/orm.js';
import { startGatewayProcess } from '../helpers/built-gateway.js';
import { testDrivers, throwawayDatabase, type ThrowawayDatabase } from '../helpers/databases.js';
import { sparePort, waitFor } from '../helpers/processes.js';

const drivers = await testDrivers();
const db = { poolMax: 2, connectTimeoutMs: 3000, statementTimeoutMs: 10_000 };
const PREFIX = '[synthetic] Ghi dồn dập';

describe.each(drivers)('a burst of writes killed with SIGKILL, on %s', (driver) => {
  let database: ThrowawayDatabase;
  afterAll(async () => database?.drop());

  it('keeps every acknowledged write whole and leaves no unacknowledged one half there', async () => {
    database = await throwawayDatabase(driver);
    const port = await sparePort();
    const env = {
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      EDITOR_WRITES_PER_MINUTE: '0',
    };
    let gateway = await startGatewayProcess(env);
    expect(gateway.output()).toContain('Bantin is listening');
    // The gateway has migrated and seeded; an editor key in its database, as `npm run keys` makes one.
    const orm = await initOrm({ database: database.database, db });
    const { key } = await createKey(orm.em.fork() as EntityManager, {
      name: 'crash test',
      scopes: [KeyScope.EDITOR],
    });
    await orm.close(true);

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const title = `${PREFIX} ${w}-${i}`;
        const input = {
          title,
          body: '<p>Đoạn một.</p><p>Đoạn hai với <em>nhấn mạnh</em>.</p><h2>Tiểu mục</h2>',
          tags: ['toi-pham-mang', `Thẻ thử ${w}-${i}`],
          people: ['nguyen-van-long'],
          status: 'PUBLISHED',
        };
        try {
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({
              query:
                'mutation($input: ArticleInput!) { createArticle(input: $input) { article { id } } }',
              variables: { input },
            }),
          });
          const body = (await res.json()) as {
            data?: { createArticle?: { article?: { id: string } } };
          };
          if (res.status === 200 && body.data?.createArticle?.article?.id) acknowledged.push(title);
        } catch {
          return; // the process is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    // Killed mid-burst: once some writes were acknowledged (polled, not a fixed sleep, so a loaded
    // machine gets there too), while the others are in flight.
    await waitFor(async () => acknowledged.length > 5, 'some writes to be acknowledged', 60_000);
    gateway.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await gateway.exited;
    expect(acknowledged.length).toBeGreaterThan(5);

    gateway = await startGatewayProcess(env);
    try {
      const check = await initOrm({ database: database.database, db });
      try {
        const knex = (check.em.fork() as EntityManager).getKnex();
        const count = (q: unknown) => q as Promise<{ n: number | string }[]>;
        const rows = (await knex('article')
          .select('id', 'title')
          .where('title', 'like', `${PREFIX}%`)) as { id: number; title: string }[];
        const stored = new Set(rows.map((r) => r.title));
        expect(acknowledged.filter((t) => !stored.has(t))).toEqual([]);
        for (const { id, title } of rows) {
          const [[blocks], [tags], [people], [entries], [revisions]] = await Promise.all([
            count(knex('article_block').count('* as n').where('article_id', id)),
            count(knex('article_tags').count('* as n').where('article_id', id)),
            count(knex('article_people').count('* as n').where('article_id', id)),
            count(knex('search_entry').count('* as n').where({ kind: 'ARTICLE', ref_id: id })),
            count(knex('article_revision').count('* as n').where('article_id', id)),
          ]);
          expect([
            title,
            Number(blocks.n),
            Number(tags.n),
            Number(people.n),
            Number(entries.n),
            Number(revisions.n),
          ]).toEqual([title, 3, 2, 1, 1, 1]);
        }
      } finally {
        await check.close(true);
      }
      // And the restarted gateway serves them.
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ search(query: "ghi don dap", first: 1) { totalCount } }`,
        }),
      });
      expect(((await res.json()) as any).data.search.totalCount).toBeGreaterThanOrEqual(
        acknowledged.length,
      );
    } finally {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  }, 120_000);
});

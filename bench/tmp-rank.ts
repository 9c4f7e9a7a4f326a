import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { initOrm } from '../src/db/orm.js';
import { candidates, parseQuery, rank, withBodies } from '../src/modules/search/search.query.js';
const orm = await initOrm({ database: { driver: 'postgresql', url: process.argv[2] }, db: { poolMax: 4, connectTimeoutMs: 5000, statementTimeoutMs: 600_000 } });
const em = orm.em.fork() as EntityManager;
for (const q of ['cong an', 'toi pham mang', 'Kasper', 'chuyen nham tien']) {
  const pq = parseQuery(q);
  const c = await candidates(em, pq, {}, 'published');
  await withBodies(em, c.slice(0, 100));
  const bodyChars = c.slice(0, 100).reduce((n, x) => n + (x.body?.length ?? 0), 0);
  for (let i = 0; i < 20; i++) { rank(pq, c.slice(0, 100)); rank(pq, c.slice(100)); }
  let t = performance.now(); for (let i = 0; i < 20; i++) rank(pq, c.slice(0, 100)); const head = (performance.now() - t) / 20;
  t = performance.now(); for (let i = 0; i < 20; i++) rank(pq, c.slice(100)); const tail = (performance.now() - t) / 20;
  console.log(q.padEnd(20), 'candidates', c.length, 'head chars', bodyChars, 'head ms', head.toFixed(2), 'tail ms', tail.toFixed(2));
}
await orm.close(true);

import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { initOrm } from '../src/db/orm.js';
import { relevanceSet } from './search-relevance.js';
import { candidates, parseQuery, rankAll, withBodies } from '../src/modules/search/search.query.js';

const orm = await initOrm({ database: { driver: 'postgresql', url: process.argv[2] }, db: { poolMax: 4, connectTimeoutMs: 5000, statementTimeoutMs: 600_000 } });
const em = orm.em.fork() as EntityManager;
const queries = [...relevanceSet.map(([q]) => q), 'toi pham mang', 'cong an', 'dieu tra', 'ngan hang', 'an ninh mang'];
const all: number[] = [];
const parts = { cand: [] as number[], bodies: [] as number[], rank: [] as number[] };
for (let round = 0; round < 6; round++) for (const q of queries) {
  const t = performance.now();
  const c = await candidates(em, parseQuery(q), {}, 'published');
  const t2 = performance.now();
  await withBodies(em, c.slice(0, 100));
  const t3 = performance.now();
  await rankAll(em, parseQuery(q), c);
  const t4 = performance.now();
  if (round > 0) { all.push(t4 - t); parts.cand.push(t2 - t); parts.bodies.push(t3 - t2); parts.rank.push(t4 - t3); }
}
const p = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)].toFixed(1);
console.log('total p50', p(all, 0.5), 'p99', p(all, 0.99), '| cand p50', p(parts.cand, 0.5), 'p99', p(parts.cand, 0.99), '| bodies p99', p(parts.bodies, 0.99), '| rank(js) p99', p(parts.rank, 0.99));
let rr = 0;
for (const [q, expected] of relevanceSet) {
  const ranked = await rankAll(em, parseQuery(q), await candidates(em, parseQuery(q), {}, 'published'));
  const at = ranked.slice(0, 10).map((r) => r.title).indexOf(expected);
  rr += at >= 0 ? 1 / (at + 1) : 0;
}
console.log('MRR (titles, in process)', (rr / relevanceSet.length).toFixed(3));
await orm.close(true);

// The search timing of `npm run bench`, in a process of its own (run.ts starts it with the
// dataset's database as JSON in argv[2] and the seconds as argv[3]; it prints the two rows as JSON).
// In the bench's own process the figures carried that process's state: its heap after every load
// test before them (collections landing in the timed queries). A gateway runs search in a process
// of its own too.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import type { DatabaseConfig } from '../src/config.js';
import { initOrm } from '../src/orm.js';
import { candidates, parseQuery, rankAll } from '../src/modules/search/search.query.js';
import { words } from '../src/text/vietnamese.js';
import { SEARCH_PASSES, timedQueries as queries } from './search-relevance.js';

export type SearchTiming = {
  p50: number;
  p99: number;
  firstPassMax: number;
  queries: number;
  hits: number;
  slowest: string;
};

const database = JSON.parse(process.argv[2]) as DatabaseConfig;
const seconds = Number(process.argv[3]);
const orm = await initOrm({
  database,
  db: { poolMax: 10, connectTimeoutMs: 5000, statementTimeoutMs: 600_000 },
});
const em = orm.em.fork() as EntityManager;

/** One pass over the list to warm up (its slowest query reported apart), then passes for `seconds` and at least SEARCH_PASSES. */
async function time(fn: (q: string) => Promise<number>): Promise<SearchTiming> {
  let firstPassMax = 0;
  for (const q of queries) {
    const t = performance.now();
    await fn(q);
    firstPassMax = Math.max(firstPassMax, performance.now() - t);
  }
  const runs: { ms: number; q: string }[] = [];
  let hits = 0;
  const deadline = Date.now() + seconds * 1000;
  for (let i = 0; i < 2000 && (Date.now() < deadline || i < SEARCH_PASSES * queries.length); i++) {
    const q = queries[i % queries.length];
    const t = performance.now();
    hits += await fn(q);
    runs.push({ ms: performance.now() - t, q });
  }
  runs.sort((a, b) => b.ms - a.ms);
  const ms = runs.map((r) => r.ms).reverse();
  return {
    p50: ms[Math.floor(ms.length / 2)],
    p99: ms[Math.floor(ms.length * 0.99)],
    firstPassMax,
    queries: ms.length,
    hits: Math.round(hits / ms.length),
    slowest: runs
      .slice(0, 4)
      .map((r) => `${r.q} ${r.ms.toFixed(0)} ms`)
      .join('; '),
  };
}

try {
  // Bantin's path without HTTP: parse, index candidates, rank (highlights are per page, not timed).
  const indexed = await time(
    async (q) =>
      (await rankAll(em, parseQuery(q), await candidates(em, parseQuery(q), {}, 'published')))
        .length,
  );
  // The baseline: every word as a LIKE over the folded text, no index can help.
  const like = await time(async (q) => {
    const qb = em.getKnex()('search_entry').select('id', 'title', 'body');
    for (const w of words(q))
      qb.where((x) =>
        x.where('title_folded', 'like', `%${w}%`).orWhere('body_folded', 'like', `%${w}%`),
      );
    return ((await em.execute(qb.limit(1000))) as unknown[]).length;
  });
  process.stdout.write(JSON.stringify({ indexed, like }));
} finally {
  await orm.close(true);
}

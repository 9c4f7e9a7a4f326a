// npm run seed:synthetic -- --articles 10000 [--seed 42]
// Adds labelled synthetic content to the database DATABASE_URL names (the embedded one by
// default), after the portal content. Run once per database: a second run changes nothing.
import 'reflect-metadata';
import { parseCommandLine } from '../src/cli-usage.js';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../src/config.js';
import { initOrm } from '../src/orm.js';
import { isEmpty, seedPortal } from './seed-portal.js';
import { generateSynthetic, hasSynthetic } from './synthetic.js';

const usage = `usage: npm run seed:synthetic -- [--articles <1..1000000>] [--seed <integer>]

Adds --articles (default 1000) labelled synthetic articles, with people, organisations, events,
tags and views, to the database DATABASE_URL names (the embedded one by default), after the
portal content. The same --seed (default 20250708) makes the same content. Run once per
database: a second run changes nothing.`;
const values = parseCommandLine(usage, {
  articles: { type: 'string', default: '1000' },
  seed: { type: 'string', default: '20250708' },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (
  !Number.isInteger(articles) ||
  articles < 1 ||
  articles > 1_000_000 ||
  !Number.isInteger(seed)
) {
  console.error(usage);
  process.exit(64);
}

const config = loadConfig();
// A batch job: statements here may take far longer than a request's.
const orm = await initOrm({ ...config, db: { ...config.db, statementTimeoutMs: 3_600_000 } });
try {
  const em = orm.em.fork() as EntityManager;
  if (await isEmpty(em)) await seedPortal(em);
  if (await hasSynthetic(em)) {
    console.log('synthetic content is already there; nothing written');
  } else {
    const started = Date.now();
    await generateSynthetic(em, { articles, seed, log: console.log });
    console.log(`synthetic: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await orm.close(true);
}

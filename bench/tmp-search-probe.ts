// Temporary (not committed): builds a 100k PostgreSQL dataset and keeps it, for EXPLAIN work on search.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { initOrm } from '../src/db/orm.js';
import { createScratchPostgres, defaultPostgresUrl } from '../src/db/scratch.js';
import { seedPortal } from '../seeds/seed-portal.js';
import { generateSynthetic } from '../seeds/synthetic.js';

const size = Number(process.argv[2] ?? 100000);
const scratch = await createScratchPostgres(defaultPostgresUrl, `bantin_probe_${size}`);
const orm = await initOrm({ database: { driver: 'postgresql', url: scratch.url }, db: { poolMax: 4, connectTimeoutMs: 5000, statementTimeoutMs: 3_600_000 } });
const em = orm.em.fork() as EntityManager;
await seedPortal(em);
await generateSynthetic(em, { articles: size });
await em.execute('vacuum analyze');
await orm.close(true);
console.log(scratch.url);

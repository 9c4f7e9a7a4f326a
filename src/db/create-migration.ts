// Generates the next migration for both drivers from the difference between the committed
// migrations and the entities, then rewrites each driver's index.ts.
// Usage: npm run db:migration:create [-- name]
import 'reflect-metadata';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerHelp } from '../cli-usage.js';
import { testEnv, type DatabaseConfig } from '../config.js';
import { migrationsFolder } from './mikro-orm.config.js';
import { connectOrm } from './orm.js';
import { createScratchPostgres, defaultPostgresUrl } from './scratch.js';

const db = { poolMax: 2, connectTimeoutMs: 3000, statementTimeoutMs: 60_000 };

async function generate(database: DatabaseConfig, name: string) {
  const orm = await connectOrm({ database, db });
  try {
    const result = await orm
      .getMigrator()
      .createMigration(migrationsFolder(database.driver), false, false, name);
    console.log(
      result.fileName
        ? `${database.driver}: wrote ${result.fileName}`
        : `${database.driver}: no changes`,
    );
    if (database.driver === 'sqlite' && result.code.includes('__temp_alter')) {
      // MikroORM 6's SQLite diff misreads CHECK constraints and rebuilds such tables needlessly.
      console.warn(
        'sqlite: the migration rebuilds tables (__temp_alter); keep only the rebuilds you meant',
      );
    }
  } finally {
    await orm.close(true);
  }
  writeIndex(database.driver);
}

function writeIndex(driver: DatabaseConfig['driver']) {
  const folder = migrationsFolder(driver);
  const files = readdirSync(folder)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .sort();
  const classes = files.map((f) => f.replace(/\.ts$/, ''));
  const lines = [
    '// Applied in this order; `npm run db:migration:create` adds new ones here.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...classes.map((c) => `import { ${c} } from './${c}.js';`),
    '',
    `export const ${driver}Migrations: MigrationObject[] = [`,
    ...classes.map((c) => `  { name: '${c}', class: ${c} },`),
    '];',
    '',
  ];
  writeFileSync(join(folder, 'index.ts'), lines.join('\n'));
}

answerHelp(`usage: npm run db:migration:create [-- <name>]

Writes the next migration for both drivers (src/db/migrations/sqlite and postgresql) from the
difference between the committed migrations and the entities, named <name> (default: change).
Needs PostgreSQL (TEST_DATABASE_URL, or 127.0.0.1:5432) for a scratch database.`);
const name = process.argv[2] ?? 'change';
const dir = mkdtempSync(join(tmpdir(), 'bantin-migration-'));
try {
  await generate({ driver: 'sqlite', path: join(dir, 'scratch.sqlite') }, name);
  const scratch = await createScratchPostgres(
    testEnv.databaseUrl ?? defaultPostgresUrl,
    'bantin_migration',
  );
  try {
    await generate({ driver: 'postgresql', url: scratch.url }, name);
  } finally {
    await scratch.drop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// npm run keys -- create|list|revoke ... (see keys-command.ts), on the database DATABASE_URL names.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../../config.js';
import { initOrm } from '../../orm.js';
import { answerHelp } from '../../cli-usage.js';
import { keysCommand, keysUsage } from './keys-command.js';

answerHelp(keysUsage);

const orm = await initOrm(loadConfig());
try {
  process.exitCode = await keysCommand(
    process.argv.slice(2),
    orm.em.fork() as EntityManager,
    (line) => console.log(line),
  );
} finally {
  await orm.close(true);
}

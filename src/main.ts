import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.js';
import { startGateway } from './bootstrap.js';
import { runPrimary } from './cluster.js';
import { createLogger } from './platform/logger.js';
import { answerHelp } from './cli-usage.js';

answerHelp(`usage: npm start

Starts the gateway: http://localhost:4000/graphql (PORT, HOST). Every setting is an environment
variable, listed with its default in the README ("Settings"): DATABASE_URL picks the database
(the embedded SQLite file data/bantin.sqlite by default), WORKERS the number of processes.`);

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78); // EX_CONFIG
  }
  throw err;
}

const logger = createLogger(config);
// A promise that failed with nobody waiting on it is a bug to log, not a reason to end every
// request in flight (Node's default): the request paths answer their own failures (last-resort.ts).
process.on('unhandledRejection', (err) =>
  logger.error({ err }, 'a promise failed and nothing was waiting for it'),
);
const where = config.database.driver === 'sqlite' ? config.database.path : 'PostgreSQL';

const worker = cluster.isWorker;
try {
  if (config.workers > 1 && cluster.isPrimary) {
    await runPrimary(config, logger);
  } else {
    await serve();
  }
} catch (err) {
  if ((err as { code?: string }).code === 'EADDRINUSE') {
    logger.fatal(
      `could not start: port ${config.port} on ${config.host} is already in use (another gateway?): stop it, or set PORT`,
    );
  } else {
    logger.fatal(
      { err, database: where },
      'could not start: is the database reachable and DATABASE_URL right?',
    );
  }
  process.exit(1);
}

/** One gateway: this process alone (WORKERS=1), or one of the primary's workers. */
async function serve() {
  // The primary already migrated and seeded; a worker only connects (migrations are a no-op).
  const running = await startGateway(worker ? { ...config!, seedOnEmpty: false } : config!, logger);
  if (!worker)
    logger.info({ url: `${running.url}/graphql`, database: where }, 'Bantin is listening');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then closing the database pool');
    await running.stop();
    if (!worker) logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker is stopped by its primary (SIGTERM); Ctrl-C reaches the whole group at once.
  process.on('SIGINT', () => void (worker ? undefined : shutdown('SIGINT')));
}

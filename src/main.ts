import { ConfigError, loadConfig } from './config.js';
import { startGateway } from './bootstrap.js';
import { createLogger } from './http/logger.js';

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
const where = config.database.driver === 'sqlite' ? config.database.path : 'PostgreSQL';

try {
  const running = await startGateway(config, logger);
  logger.info({ url: `${running.url}/graphql`, database: where }, 'Bantin is listening');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then closing the database pool');
    await running.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
} catch (err) {
  if ((err as { code?: string }).code === 'EADDRINUSE') {
    logger.fatal(`could not start: port ${config.port} on ${config.host} is already in use (another gateway?): stop it, or set PORT`);
  } else {
    logger.fatal({ err, database: where }, 'could not start: is the database reachable and DATABASE_URL right?');
  }
  process.exit(1);
}

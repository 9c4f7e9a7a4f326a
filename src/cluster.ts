// WORKERS > 1: every core serves. The primary prepares the database once (migrations, the seed
// of an empty database), then forks that many gateways sharing the port (node:cluster hands out
// connections in turn). It relays content changes between them (so a write in one clears every
// worker's caches, with or without Redis), restarts a worker that dies, and on SIGTERM stops them
// all, each draining its requests and flushing its view counts, before it exits.
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.js';
import { initOrm } from './orm.js';
import type { Logger } from './platform/logger.js';
import { isEmpty, seedPortal } from '../seeds/seed-portal.js';
import { serveClusterMetrics } from './http/metrics.js';
import { CONTENT_CHANGED } from './platform/cluster-channel.js';

/** A worker that dies this soon after starting is not restarted in a loop. */
const RESTART_DELAY_MS = 1_000;

export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  const orm = await initOrm({ ...config, logger });
  try {
    if (config.seedOnEmpty && (await isEmpty(orm.em.fork()))) {
      await seedPortal(orm.em.fork());
      logger.info('seeded an empty database with the portal content');
    }
  } finally {
    await orm.close(true);
  }

  serveClusterMetrics();
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork({ BANTIN_WORKER: '1' });
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === config.workers) {
      const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
      logger.info(
        { url: `http://${host}:${address.port}/graphql`, workers: config.workers },
        'Bantin is listening',
      );
    }
  });
  cluster.on('message', (from: Worker, message: { type?: string }) => {
    if (message?.type !== CONTENT_CHANGED) return;
    for (const worker of Object.values(cluster.workers ?? {}))
      if (worker && worker !== from) worker.send(message);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('stopped');
        process.exit(0);
      }
      return;
    }
    if (listening < config.workers && code !== 0) {
      // It never got going (the port is taken, the database refused): so would the next one.
      logger.fatal({ worker: worker.id, code }, 'a worker could not start; stopping');
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exit(1);
    }
    logger.error({ worker: worker.id, code, signal }, 'a worker died; starting another');
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, workers: Object.keys(cluster.workers ?? {}).length },
      'stopping every worker (each drains its requests)',
    );
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  for (let i = 0; i < config.workers; i++) fork();
}

// config -> orm (migrate; seed an empty database) -> schema -> http. Shared by main.ts and tests.
import 'reflect-metadata';
import type { Config } from './config.js';
import { type Orm } from './db/orm.js';
import { initOrm } from './orm.js';
import { createGateway } from './http/server.js';
import type { Logger } from './platform/logger.js';
import { isEmpty, seedPortal } from '../seeds/seed-portal.js';

export type Running = { orm: Orm; port: number; url: string; stop(): Promise<void> };

export async function startGateway(config: Config, logger: Logger): Promise<Running> {
  const orm = await initOrm({ ...config, logger });
  try {
    if (config.seedOnEmpty) {
      const em = orm.em.fork();
      if (await isEmpty(em)) {
        await seedPortal(em);
        logger.info('seeded an empty database with the portal content');
      }
    }
    const gateway = await createGateway({ config, orm, logger });
    const { port } = await gateway.listen();
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    return { orm, port, url: `http://${host}:${port}`, stop: () => gateway.stop() };
  } catch (err) {
    await orm.close(true);
    throw err;
  }
}

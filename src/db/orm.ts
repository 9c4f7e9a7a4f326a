import { MikroORM, type Options } from '@mikro-orm/core';
import { ormOptions, type DbSettings } from './mikro-orm.config.js';

export type Orm = MikroORM;

/** Connects and brings the schema up to date with the committed migrations. */
export async function initOrm(settings: DbSettings, overrides: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init({ ...ormOptions(settings), ...overrides });
  await orm.getMigrator().up();
  return orm;
}

import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export const isPostgres = (em: EntityManager) => em.getPlatform() instanceof PostgreSqlPlatform;

/** The driver's way of joining strings in a GROUP BY. */
export const stringAgg = (em: EntityManager, expr: string, sep: string) =>
  isPostgres(em) ? `string_agg(${expr}, '${sep}')` : `group_concat(${expr}, '${sep}')`;

import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export const isPostgres = (em: EntityManager) => em.getPlatform() instanceof PostgreSqlPlatform;

// The database as Bantin runs it: db/'s connection and migrations, with the features that keep
// tables derived from content current (the search index, on every write). Everything that opens
// the application's database opens it here.
import type { Options } from '@mikro-orm/core';
import type { DbSettings } from './db/mikro-orm.config.js';
import { connectOrm, type Orm } from './db/orm.js';
import { dbOf, reindex } from './modules/search/search.indexer.js';
import { SearchIndexSubscriber } from './modules/search/search.subscriber.js';

export async function initOrm(
  settings: DbSettings,
  overrides: Partial<Options> = {},
): Promise<Orm> {
  return connectOrm(
    settings,
    { subscribers: [new SearchIndexSubscriber()], ...overrides },
    {
      // The search migration creates the index; the entries for content already there are written
      // here, in TypeScript, as folding Vietnamese is TypeScript's job (the same code keeps them
      // current on every write).
      afterMigrations: async (applied, orm) => {
        if (applied.some((name) => name.endsWith('_search')))
          await orm.em.fork().transactional((em) => reindex(dbOf(em as never)));
      },
    },
  );
}

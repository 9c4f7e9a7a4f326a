// Applied in this order; `npm run db:migration:create` adds new ones here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128011908_initial } from './Migration20261128011908_initial.js';
import { Migration20261128012206_popularity_related } from './Migration20261128012206_popularity_related.js';
import { Migration20261128013400_link_indexes } from './Migration20261128013400_link_indexes.js';
import { Migration20261128022206_search } from './Migration20261128022206_search.js';
import { Migration20261128034019_api_keys } from './Migration20261128034019_api_keys.js';
import { Migration20261128042500_key_budgets } from './Migration20261128042500_key_budgets.js';
import { Migration20261202100000_order_indexes } from './Migration20261202100000_order_indexes.js';
import { Migration20261202180000_search_titles } from './Migration20261202180000_search_titles.js';
import { Migration20261203061631_editorial } from './Migration20261203061631_editorial.js';
import { Migration20261203064121_change_feed } from './Migration20261203064121_change_feed.js';
import { Migration20261203120000_search_title_table } from './Migration20261203120000_search_title_table.js';
import { Migration20261203180000_search_recent_table } from './Migration20261203180000_search_recent_table.js';
import { Migration20261203190000_search_entity_vector } from './Migration20261203190000_search_entity_vector.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261128011908_initial', class: Migration20261128011908_initial },
  {
    name: 'Migration20261128012206_popularity_related',
    class: Migration20261128012206_popularity_related,
  },
  { name: 'Migration20261128013400_link_indexes', class: Migration20261128013400_link_indexes },
  { name: 'Migration20261128022206_search', class: Migration20261128022206_search },
  { name: 'Migration20261128034019_api_keys', class: Migration20261128034019_api_keys },
  { name: 'Migration20261128042500_key_budgets', class: Migration20261128042500_key_budgets },
  { name: 'Migration20261202100000_order_indexes', class: Migration20261202100000_order_indexes },
  { name: 'Migration20261202180000_search_titles', class: Migration20261202180000_search_titles },
  { name: 'Migration20261203061631_editorial', class: Migration20261203061631_editorial },
  { name: 'Migration20261203064121_change_feed', class: Migration20261203064121_change_feed },
  {
    name: 'Migration20261203120000_search_title_table',
    class: Migration20261203120000_search_title_table,
  },
  {
    name: 'Migration20261203180000_search_recent_table',
    class: Migration20261203180000_search_recent_table,
  },
  {
    name: 'Migration20261203190000_search_entity_vector',
    class: Migration20261203190000_search_entity_vector,
  },
];

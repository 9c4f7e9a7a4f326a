import { Migration } from '@mikro-orm/migrations';

// Search's people, organisations and events phase (see modules/search/search.query.ts). With a
// partial index, the planner judged how many entities match from the whole column's statistics,
// which are the articles' (a common word in 15,000 entries, for 50 entities), and started
// parallel workers for a few dozen rows: 5-8 ms at 100,000 articles instead of 1. An index on an
// expression gets statistics of its own: this one holds the entities' vectors alone.
export class Migration20261203190000_search_entity_vector extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "search_entry_fts_entities";`);
    this.addSql(
      `create index "search_entry_fts_entity_vector" on "search_entry" using gin ((case when "kind" <> 'ARTICLE' then "search_vector" end));`,
    );
    // Statistics for the new expression, where there is content. Never on an empty table: the
    // planner would then trust "no rows" while the first import fills it, and the foreign-key
    // checks of search_title and search_recent would scan the whole table once per row.
    this.addSql(
      `do $$ begin if exists (select 1 from "search_entry") then analyze "search_entry"; end if; end $$;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search_entry_fts_entity_vector";`);
    this.addSql(
      `create index "search_entry_fts_entities" on "search_entry" using gin ("search_vector") where "kind" <> 'ARTICLE';`,
    );
  }
}

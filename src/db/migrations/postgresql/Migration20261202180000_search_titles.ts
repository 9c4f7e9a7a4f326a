import { Migration } from '@mikro-orm/migrations';

// Search scores in full only the entries whose title or name holds the query's words, and the
// people, organisations and events that match (see modules/search/search.query.ts): these
// indexes find them without reading every matching article. SQLite needs nothing new: FTS5
// filters on its title column.
export class Migration20261202180000_search_titles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "search_entry_fts_title" on "search_entry" using gin (to_tsvector('simple', "title_folded"));`,
    );
    this.addSql(
      `create index "search_entry_fts_entities" on "search_entry" using gin ("search_vector") where "kind" <> 'ARTICLE';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "search_entry_fts_entities";`);
    this.addSql(`drop index "search_entry_fts_title";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// Search's newest-hits phase at 100,000 articles (see modules/search/search.query.ts). It walked
// search_entry backwards by id, and an id is not publication order (a reindex renews it), while
// every row it passed cost a read of the entry's toasted 1.6 KB vector: a rare word read most of
// the table. This table holds the public articles in publication order with their words alone
// (the entry's vector stripped of positions and weights: about 900 bytes, kept in the row), so
// the walk reads about 1 µs a row, and the GIN index finds the rare words. The indexer
// (modules/search/search.indexer.ts) keeps it with every entry it writes; deleting an entry
// deletes its row. Articles no one may see yet (drafts, withdrawn) have no row. PostgreSQL only:
// SQLite's FTS5 walks its own rowid order.
export class Migration20261203180000_search_recent_table extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_recent" ("id" int primary key references "search_entry" ("id") on delete cascade, "public_from" timestamptz not null, "words" tsvector not null);`,
    );
    this.addSql(
      `insert into "search_recent" ("id", "public_from", "words") select e."id", coalesce(a."published_at", '-infinity'::timestamptz), strip(e."search_vector") from "search_entry" e join "article" a on a."id" = e."ref_id" where e."kind" = 'ARTICLE' and a."status" = 'PUBLISHED' order by 2, 1;`,
    );
    this.addSql(
      `create index "search_recent_order" on "search_recent" ("public_from" desc, "id" desc);`,
    );
    this.addSql(`create index "search_recent_words" on "search_recent" using gin ("words");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_recent";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// Search's title phase at 100,000 articles: common words are in the titles of thousands of
// entries, and ranking each on its whole entry (a wide row, a long vector) cost 60-100 ms. This
// narrow table holds what picking the best title hits needs: the title's own vector and when the
// entry becomes public. The indexer (modules/search/search.indexer.ts) keeps it with every entry
// it writes; deleting an entry deletes its row. PostgreSQL only: SQLite's FTS5 filters on its
// title column. `public_from` is -infinity for people, organisations and events, null for an
// article no one may see yet (a draft), else its publication time.
export class Migration20261203120000_search_title_table extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_title" ("id" int primary key references "search_entry" ("id") on delete cascade, "public_from" timestamptz null, "title_vector" tsvector not null);`,
    );
    this.addSql(
      `insert into "search_title" ("id", "public_from", "title_vector") select e."id", case when e."kind" <> 'ARTICLE' then '-infinity'::timestamptz when a."status" = 'PUBLISHED' then coalesce(a."published_at", '-infinity'::timestamptz) end, to_tsvector('simple', e."title_folded") from "search_entry" e left join "article" a on a."id" = e."ref_id" and e."kind" = 'ARTICLE';`,
    );
    this.addSql(`create index "search_title_vector" on "search_title" using gin ("title_vector");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_title";`);
  }
}

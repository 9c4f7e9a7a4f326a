import { Migration } from '@mikro-orm/migrations';

// search_entry with a stored, weighted tsvector (title A, body B; 'simple' config over text
// already folded in TypeScript, so no unaccent is needed; written by the indexer) and its GIN index, and a trigram index for typos; then the
// entries of every existing object, written by initOrm() right after this migration runs.
export class Migration20261128022206_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_entry" ("id" serial primary key, "kind" text check ("kind" in ('ARTICLE', 'PERSON', 'ORGANISATION', 'EVENT')) not null, "ref_id" int not null, "title" text not null, "title_folded" text not null, "body" text not null, "body_folded" text not null, "published_at" timestamptz null, "category_id" int null, "search_vector" tsvector null);`,
    );
    this.addSql(
      'create index "search_entry_published_at_index" on "search_entry" ("published_at");',
    );
    this.addSql(
      'alter table "search_entry" add constraint "search_entry_kind_ref_id_unique" unique ("kind", "ref_id");',
    );
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create index "search_entry_fts" on "search_entry" using gin ("search_vector");');
    this.addSql(
      'create index "search_entry_trgm" on "search_entry" using gin (title_folded gin_trgm_ops);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "search_entry" cascade;');
  }
}

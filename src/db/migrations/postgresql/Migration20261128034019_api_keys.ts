import { Migration } from '@mikro-orm/migrations';

// API keys. (The generator also proposed dropping the search index's tsvector column and
// indexes, which are hand-written and not in the entities: removed.)
export class Migration20261128034019_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" serial primary key, "prefix" varchar(32) not null, "secret_hash" varchar(64) not null, "name" text not null, "scopes" text not null default '', "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
  }
}

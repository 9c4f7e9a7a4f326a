import { Migration } from '@mikro-orm/migrations';

// Editorial writes: article versions and withdrawals, revisions, retired slugs, idempotent
// retries, and paragraphs with inline HTML. (Only these: the generator's other proposals are
// its known misreadings of the hand-written indexes; see db/create-migration.ts.)
export class Migration20261203061631_editorial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "article_revision" ("id" serial primary key, "article_id" int not null, "version" int not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'PUBLISH', 'SCHEDULE', 'WITHDRAW', 'DELETE')) not null, "key_id" int null, "key_name" text not null, "at" timestamptz not null, "changes" text not null, "note" text null);`,
    );
    this.addSql(
      `create index "article_revision_article_id_version_index" on "article_revision" ("article_id", "version");`,
    );

    this.addSql(
      `create table "article_slug" ("id" serial primary key, "slug" varchar(200) not null, "article_id" int not null, "retired_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "article_slug" add constraint "article_slug_slug_unique" unique ("slug");`,
    );
    this.addSql(`create index "article_slug_article_id_index" on "article_slug" ("article_id");`);

    this.addSql(
      `create table "idempotency_record" ("id" serial primary key, "key_id" int not null, "idempotency_key" varchar(255) not null, "request_hash" varchar(64) not null, "created_at" timestamptz not null, "status" int null, "response" text null);`,
    );
    this.addSql(
      `create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`,
    );
    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_key_id_idempotency_key_unique" unique ("key_id", "idempotency_key");`,
    );

    this.addSql(
      `alter table "article" add column "version" int not null default 1, add column "withdrawn_at" timestamptz null, add column "withdrawal_reason" text null;`,
    );

    this.addSql(`alter table "article_block" add column "html" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "article_revision" cascade;`);

    this.addSql(`drop table if exists "article_slug" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(
      `alter table "article" drop column "version", drop column "withdrawn_at", drop column "withdrawal_reason";`,
    );

    this.addSql(`alter table "article_block" drop column "html";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// The partner change feed (article_change): see src/modules/syndication/article-change.entity.ts.
export class Migration20261203064121_change_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "article_change" ("id" serial primary key, "kind" text check ("kind" in ('PUBLISHED', 'UPDATED', 'WITHDRAWN', 'DELETED')) not null, "article_id" int not null, "slug" varchar(200) not null, "at_ms" bigint not null, "reason" text null);`,
    );
    this.addSql(
      `create index "article_change_article_id_index" on "article_change" ("article_id");`,
    );
    this.addSql(
      `create index "article_change_at_ms_id_index" on "article_change" ("at_ms", "id");`,
    );
    // Every article public today is a PUBLISHED change, oldest first, so a partner's first pull
    // starts from the whole public archive.
    this.addSql(
      `insert into "article_change" ("kind", "article_id", "slug", "at_ms", "reason") select 'PUBLISHED', "id", "slug", (extract(epoch from now()) * 1000)::bigint, null from "article" where "status" = 'PUBLISHED' and ("published_at" is null or "published_at" <= now()) order by "published_at" nulls first, "id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "article_change" cascade;`);
  }
}

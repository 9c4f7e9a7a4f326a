import { Migration } from '@mikro-orm/migrations';

export class Migration20261128012206_popularity_related extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "article_view_day" ("article_id" int not null, "day" date not null, "views" int not null, constraint "article_view_day_pkey" primary key ("article_id", "day"));`,
    );
    this.addSql(`create index "article_view_day_day_index" on "article_view_day" ("day");`);

    this.addSql(
      `create table "article_related_pin" ("id" serial primary key, "article_id" int not null, "related_id" int not null, "position" int not null default 0);`,
    );
    this.addSql(
      `create index "article_related_pin_article_id_index" on "article_related_pin" ("article_id");`,
    );
    this.addSql(
      `create index "article_related_pin_related_id_index" on "article_related_pin" ("related_id");`,
    );
    this.addSql(
      `alter table "article_related_pin" add constraint "article_related_pin_article_id_related_id_unique" unique ("article_id", "related_id");`,
    );

    this.addSql(
      `alter table "article_view_day" add constraint "article_view_day_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_related_pin" add constraint "article_related_pin_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_related_pin" add constraint "article_related_pin_related_id_foreign" foreign key ("related_id") references "article" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "article_view_day" cascade;`);

    this.addSql(`drop table if exists "article_related_pin" cascade;`);
  }
}

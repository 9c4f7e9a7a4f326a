import { Migration } from '@mikro-orm/migrations';

export class Migration20261128012206_popularity_related extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`article_view_day\` (\`article_id\` integer not null, \`day\` date not null, \`views\` integer not null, constraint \`article_view_day_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, primary key (\`article_id\`, \`day\`));`,
    );
    this.addSql(
      `create index \`article_view_day_article_id_index\` on \`article_view_day\` (\`article_id\`);`,
    );
    this.addSql(`create index \`article_view_day_day_index\` on \`article_view_day\` (\`day\`);`);

    this.addSql(
      `create table \`article_related_pin\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`related_id\` integer not null, \`position\` integer not null default 0, constraint \`article_related_pin_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_related_pin_related_id_foreign\` foreign key(\`related_id\`) references \`article\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_related_pin_article_id_index\` on \`article_related_pin\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_related_pin_related_id_index\` on \`article_related_pin\` (\`related_id\`);`,
    );
    this.addSql(
      `create unique index \`article_related_pin_article_id_related_id_unique\` on \`article_related_pin\` (\`article_id\`, \`related_id\`);`,
    );
  }

  // MikroORM 6 also generated rebuilds of every table with a CHECK constraint here, with no
  // change in them (its SQLite diff misreads CHECKs); they were removed by hand.
  override async down(): Promise<void> {
    this.addSql('drop table if exists `article_related_pin`;');
    this.addSql('drop table if exists `article_view_day`;');
  }
}

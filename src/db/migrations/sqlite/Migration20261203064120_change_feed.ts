import { Migration } from '@mikro-orm/migrations';

// The partner change feed (article_change): see src/modules/syndication/article-change.entity.ts.
export class Migration20261203064120_change_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`article_change\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('PUBLISHED', 'UPDATED', 'WITHDRAWN', 'DELETED')) not null, \`article_id\` integer not null, \`slug\` text not null, \`at_ms\` bigint not null, \`reason\` text null);`,
    );
    this.addSql(
      `create index \`article_change_article_id_index\` on \`article_change\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_change_at_ms_id_index\` on \`article_change\` (\`at_ms\`, \`id\`);`,
    );
    // Every article public today is a PUBLISHED change, oldest first, so a partner's first pull
    // starts from the whole public archive.
    this.addSql(
      `insert into \`article_change\` (\`kind\`, \`article_id\`, \`slug\`, \`at_ms\`, \`reason\`) select 'PUBLISHED', \`id\`, \`slug\`, cast(strftime('%s', 'now') as integer) * 1000, null from \`article\` where \`status\` = 'PUBLISHED' and (\`published_at\` is null or \`published_at\` <= cast(strftime('%s', 'now') as integer) * 1000) order by \`published_at\` is not null, \`published_at\`, \`id\`;`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

// Editorial writes: article versions and withdrawals, revisions, retired slugs, idempotent
// retries, and paragraphs with inline HTML. (Only these: the generator's other proposals are
// its known misreadings of the hand-written indexes; see db/create-migration.ts.)
export class Migration20261203061631_editorial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`article_revision\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`version\` integer not null, \`action\` text check (\`action\` in ('CREATE', 'UPDATE', 'PUBLISH', 'SCHEDULE', 'WITHDRAW', 'DELETE')) not null, \`key_id\` integer null, \`key_name\` text not null, \`at\` datetime not null, \`changes\` text not null, \`note\` text null);`,
    );
    this.addSql(
      `create index \`article_revision_article_id_version_index\` on \`article_revision\` (\`article_id\`, \`version\`);`,
    );

    this.addSql(
      `create table \`article_slug\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`article_id\` integer not null, \`retired_at\` datetime not null);`,
    );
    this.addSql(`create unique index \`article_slug_slug_unique\` on \`article_slug\` (\`slug\`);`);
    this.addSql(
      `create index \`article_slug_article_id_index\` on \`article_slug\` (\`article_id\`);`,
    );

    this.addSql(
      `create table \`idempotency_record\` (\`id\` integer not null primary key autoincrement, \`key_id\` integer not null, \`idempotency_key\` text not null, \`request_hash\` text not null, \`created_at\` datetime not null, \`status\` integer null, \`response\` text null);`,
    );
    this.addSql(
      `create index \`idempotency_record_created_at_index\` on \`idempotency_record\` (\`created_at\`);`,
    );
    this.addSql(
      `create unique index \`idempotency_record_key_id_idempotency_key_unique\` on \`idempotency_record\` (\`key_id\`, \`idempotency_key\`);`,
    );

    this.addSql(`alter table \`article\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`article\` add column \`withdrawn_at\` datetime null;`);
    this.addSql(`alter table \`article\` add column \`withdrawal_reason\` text null;`);

    this.addSql(`alter table \`article_block\` add column \`html\` text null;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// API keys. (The generator also proposed rebuilding every table with a CHECK constraint, a
// MikroORM 6 SQLite diff quirk: removed.)
export class Migration20261128034018_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`api_key\` (\`id\` integer not null primary key autoincrement, \`prefix\` text not null, \`secret_hash\` text not null, \`name\` text not null, \`scopes\` text not null default '', \`created_at\` datetime not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null);`,
    );
    this.addSql(`create unique index \`api_key_prefix_unique\` on \`api_key\` (\`prefix\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`api_key\`;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// A key's own budgets (empty: its class's).
export class Migration20261128042500_key_budgets extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "api_key" add column "cost_limit" int null, add column "per_minute" int null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column "cost_limit", drop column "per_minute";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

// Every article list is read in index order, a page at a time (see db/keyset.ts). The
// publication-date orders sort on coalesce(published_at, <far end>) so that articles without a
// date come last in both directions; these expression indexes (article_order_*) are written here
// by hand, per dialect, as the entities cannot describe them. The most-read window is read from
// a covering (day, article_id, views) index.
export class Migration20261202100000_order_indexes extends Migration {
  override async up(): Promise<void> {
    // Two values: without statistics SQLite would read it instead of the order indexes, and sort.
    this.addSql('drop index `article_status_published_at_index`;');
    this.addSql(
      'create index `article_order_published_desc` on `article` ((coalesce(`published_at`, -8640000000000000)), `id`);',
    );
    this.addSql(
      'create index `article_order_published_asc` on `article` ((coalesce(`published_at`, 8640000000000000)), `id`);',
    );
    this.addSql(
      'create index `article_order_category_published` on `article` (`category_id`, (coalesce(`published_at`, -8640000000000000)), `id`);',
    );
    this.addSql('drop index `article_updated_at_index`;');
    this.addSql('create index `article_updated_at_id_index` on `article` (`updated_at`, `id`);');
    this.addSql('drop index `article_view_day_day_index`;');
    this.addSql(
      'create index `article_view_day_day_article_id_views_index` on `article_view_day` (`day`, `article_id`, `views`);',
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'create index `article_status_published_at_index` on `article` (`status`, `published_at`);',
    );
    this.addSql('drop index `article_view_day_day_article_id_views_index`;');
    this.addSql('create index `article_view_day_day_index` on `article_view_day` (`day`);');
    this.addSql('drop index `article_updated_at_id_index`;');
    this.addSql('create index `article_updated_at_index` on `article` (`updated_at`);');
    this.addSql('drop index `article_order_category_published`;');
    this.addSql('drop index `article_order_published_asc`;');
    this.addSql('drop index `article_order_published_desc`;');
  }
}

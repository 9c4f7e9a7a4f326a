import { Migration } from '@mikro-orm/migrations';

// SQLite only: a trigram index over folded titles and names, for typos (PostgreSQL has pg_trgm).
// Kept in step with search_entry by triggers; filled from the rows already there.
export class Migration20261128023749_search_trigram extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create virtual table search_trgm using fts5(title_folded, content='search_entry', content_rowid='id', tokenize='trigram');",
    );
    this.addSql(
      'create trigger search_entry_trgm_ai after insert on search_entry begin insert into search_trgm(rowid, title_folded) values (new.id, new.title_folded); end;',
    );
    this.addSql(
      "create trigger search_entry_trgm_ad after delete on search_entry begin insert into search_trgm(search_trgm, rowid, title_folded) values ('delete', old.id, old.title_folded); end;",
    );
    this.addSql(
      "create trigger search_entry_trgm_au after update on search_entry begin insert into search_trgm(search_trgm, rowid, title_folded) values ('delete', old.id, old.title_folded); insert into search_trgm(rowid, title_folded) values (new.id, new.title_folded); end;",
    );
    this.addSql("insert into search_trgm(search_trgm) values ('rebuild');");
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists search_entry_trgm_ai;');
    this.addSql('drop trigger if exists search_entry_trgm_ad;');
    this.addSql('drop trigger if exists search_entry_trgm_au;');
    this.addSql('drop table if exists search_trgm;');
  }
}

import { Migration } from '@mikro-orm/migrations';

// search_entry, an FTS5 index over its folded columns kept in step by triggers, and the entries
// of every existing object. (MikroORM's generated version also rebuilt every table with a
// CHECK constraint, needlessly; this one is written by hand.) The entries themselves are
// written by initOrm() right after this migration runs (see src/orm.ts).
export class Migration20261128022205_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`search_entry\` (\`id\` integer not null primary key autoincrement, \`kind\` text check (\`kind\` in ('ARTICLE', 'PERSON', 'ORGANISATION', 'EVENT')) not null, \`ref_id\` integer not null, \`title\` text not null, \`title_folded\` text not null, \`body\` text not null, \`body_folded\` text not null, \`published_at\` datetime null, \`category_id\` integer null);`,
    );
    this.addSql(
      'create index `search_entry_published_at_index` on `search_entry` (`published_at`);',
    );
    this.addSql(
      'create unique index `search_entry_kind_ref_id_unique` on `search_entry` (`kind`, `ref_id`);',
    );
    // Text is folded in TypeScript (FTS5 does not fold đ); remove_diacritics 2 is a second net.
    this.addSql(
      "create virtual table search_fts using fts5(title_folded, body_folded, content='search_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2');",
    );
    this.addSql(
      'create trigger search_entry_ai after insert on search_entry begin insert into search_fts(rowid, title_folded, body_folded) values (new.id, new.title_folded, new.body_folded); end;',
    );
    this.addSql(
      "create trigger search_entry_ad after delete on search_entry begin insert into search_fts(search_fts, rowid, title_folded, body_folded) values ('delete', old.id, old.title_folded, old.body_folded); end;",
    );
    this.addSql(
      "create trigger search_entry_au after update on search_entry begin insert into search_fts(search_fts, rowid, title_folded, body_folded) values ('delete', old.id, old.title_folded, old.body_folded); insert into search_fts(rowid, title_folded, body_folded) values (new.id, new.title_folded, new.body_folded); end;",
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists search_fts;');
    this.addSql('drop table if exists `search_entry`;');
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261128011908_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`category\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`position\` integer not null default 0, \`parent_id\` integer null, constraint \`category_parent_id_foreign\` foreign key(\`parent_id\`) references \`category\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`category_slug_unique\` on \`category\` (\`slug\`);`);
    this.addSql(`create index \`category_parent_id_index\` on \`category\` (\`parent_id\`);`);

    this.addSql(
      `create table \`article\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`title\` text not null, \`lead\` text null, \`language\` text not null default 'vi', \`status\` text check (\`status\` in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', \`published_at\` datetime null, \`published_at_precision\` text check (\`published_at_precision\` in ('MONTH', 'DAY', 'HALF_DAY', 'MINUTE')) null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`category_id\` integer null, constraint \`article_category_id_foreign\` foreign key(\`category_id\`) references \`category\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`article_slug_unique\` on \`article\` (\`slug\`);`);
    this.addSql(`create index \`article_category_id_index\` on \`article\` (\`category_id\`);`);
    this.addSql(`create index \`article_updated_at_index\` on \`article\` (\`updated_at\`);`);
    this.addSql(
      `create index \`article_status_published_at_index\` on \`article\` (\`status\`, \`published_at\`);`,
    );

    this.addSql(
      `create table \`image\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`position\` integer not null, \`url\` text null, \`caption\` text null, \`alt\` text null, \`credit\` text null, \`width\` integer null, \`height\` integer null, constraint \`image_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(`create index \`image_article_id_index\` on \`image\` (\`article_id\`);`);

    this.addSql(
      `create table \`article_block\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('PARAGRAPH', 'HEADING', 'IMAGE', 'QUOTE')) not null, \`text\` text null, \`image_id\` integer null, \`attribution\` text null, constraint \`article_block_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_block_image_id_foreign\` foreign key(\`image_id\`) references \`image\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`article_block_article_id_index\` on \`article_block\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_block_image_id_index\` on \`article_block\` (\`image_id\`);`,
    );

    this.addSql(
      `create table \`person\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`rank\` text null, \`title\` text null);`,
    );
    this.addSql(`create unique index \`person_slug_unique\` on \`person\` (\`slug\`);`);

    this.addSql(
      `create table \`article_people\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`person_id\` integer not null, constraint \`article_people_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_people_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_people_article_id_index\` on \`article_people\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_people_person_id_index\` on \`article_people\` (\`person_id\`);`,
    );

    this.addSql(
      `create table \`article_authors\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`person_id\` integer not null, constraint \`article_authors_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_authors_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_authors_article_id_index\` on \`article_authors\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_authors_person_id_index\` on \`article_authors\` (\`person_id\`);`,
    );

    this.addSql(
      `create table \`place\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('COUNTRY', 'REGION', 'PROVINCE', 'CITY', 'DISTRICT', 'COMMUNE', 'VENUE')) not null, \`parent_id\` integer null, constraint \`place_parent_id_foreign\` foreign key(\`parent_id\`) references \`place\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`place_slug_unique\` on \`place\` (\`slug\`);`);
    this.addSql(`create index \`place_parent_id_index\` on \`place\` (\`parent_id\`);`);

    this.addSql(
      `create table \`organisation\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`short_name\` text null, \`aliases\` json not null, \`kind\` text check (\`kind\` in ('GOVERNMENT_AGENCY', 'POLICE_UNIT', 'INTERNATIONAL_ORGANISATION', 'STATE', 'PROJECT', 'COMPANY', 'RESEARCH_INSTITUTE', 'HOSPITAL', 'LEGISLATIVE_BODY', 'RELIGIOUS_ORGANISATION', 'OTHER')) not null, \`country_id\` integer null, \`parent_id\` integer null, constraint \`organisation_country_id_foreign\` foreign key(\`country_id\`) references \`place\`(\`id\`) on delete set null on update cascade, constraint \`organisation_parent_id_foreign\` foreign key(\`parent_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`organisation_slug_unique\` on \`organisation\` (\`slug\`);`);
    this.addSql(
      `create index \`organisation_country_id_index\` on \`organisation\` (\`country_id\`);`,
    );
    this.addSql(
      `create index \`organisation_parent_id_index\` on \`organisation\` (\`parent_id\`);`,
    );

    this.addSql(
      `create table \`organisation_funders\` (\`id\` integer not null primary key autoincrement, \`organisation_id\` integer not null, \`funder_id\` integer not null, constraint \`organisation_funders_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade, constraint \`organisation_funders_funder_id_foreign\` foreign key(\`funder_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`organisation_funders_organisation_id_index\` on \`organisation_funders\` (\`organisation_id\`);`,
    );
    this.addSql(
      `create index \`organisation_funders_funder_id_index\` on \`organisation_funders\` (\`funder_id\`);`,
    );

    this.addSql(
      `create table \`article_organisations\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`organisation_id\` integer not null, constraint \`article_organisations_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_organisations_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_organisations_article_id_index\` on \`article_organisations\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_organisations_organisation_id_index\` on \`article_organisations\` (\`organisation_id\`);`,
    );

    this.addSql(
      `create table \`event\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null, \`short_name\` text null, \`kind\` text check (\`kind\` in ('CONFERENCE', 'MEETING', 'CEREMONY', 'OPERATION', 'PRESS_CONFERENCE', 'VISIT', 'OTHER')) not null, \`starts_at\` datetime null, \`ends_at\` datetime null, \`date_precision\` text check (\`date_precision\` in ('MONTH', 'DAY', 'HALF_DAY', 'MINUTE')) null, \`date_text\` text null, \`place_id\` integer null, \`attendee_count\` integer null, \`country_count\` integer null, \`parent_id\` integer null, constraint \`event_place_id_foreign\` foreign key(\`place_id\`) references \`place\`(\`id\`) on delete set null on update cascade, constraint \`event_parent_id_foreign\` foreign key(\`parent_id\`) references \`event\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`event_slug_unique\` on \`event\` (\`slug\`);`);
    this.addSql(`create index \`event_place_id_index\` on \`event\` (\`place_id\`);`);
    this.addSql(`create index \`event_parent_id_index\` on \`event\` (\`parent_id\`);`);

    this.addSql(
      `create table \`event_participants\` (\`id\` integer not null primary key autoincrement, \`event_id\` integer not null, \`organisation_id\` integer not null, constraint \`event_participants_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade, constraint \`event_participants_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`event_participants_event_id_index\` on \`event_participants\` (\`event_id\`);`,
    );
    this.addSql(
      `create index \`event_participants_organisation_id_index\` on \`event_participants\` (\`organisation_id\`);`,
    );

    this.addSql(
      `create table \`event_organisers\` (\`id\` integer not null primary key autoincrement, \`event_id\` integer not null, \`organisation_id\` integer not null, constraint \`event_organisers_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade, constraint \`event_organisers_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`event_organisers_event_id_index\` on \`event_organisers\` (\`event_id\`);`,
    );
    this.addSql(
      `create index \`event_organisers_organisation_id_index\` on \`event_organisers\` (\`organisation_id\`);`,
    );

    this.addSql(
      `create table \`article_events\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`event_id\` integer not null, constraint \`article_events_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_events_event_id_foreign\` foreign key(\`event_id\`) references \`event\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_events_article_id_index\` on \`article_events\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_events_event_id_index\` on \`article_events\` (\`event_id\`);`,
    );

    this.addSql(
      `create table \`article_places\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`place_id\` integer not null, constraint \`article_places_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_places_place_id_foreign\` foreign key(\`place_id\`) references \`place\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_places_article_id_index\` on \`article_places\` (\`article_id\`);`,
    );
    this.addSql(
      `create index \`article_places_place_id_index\` on \`article_places\` (\`place_id\`);`,
    );

    this.addSql(
      `create table \`position\` (\`id\` integer not null primary key autoincrement, \`person_id\` integer not null, \`title\` text not null, \`organisation_id\` integer null, \`from_date\` date null, \`to_date\` date null, \`sort_order\` integer not null default 0, constraint \`position_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade, constraint \`position_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`position_person_id_index\` on \`position\` (\`person_id\`);`);
    this.addSql(
      `create index \`position_organisation_id_index\` on \`position\` (\`organisation_id\`);`,
    );

    this.addSql(
      `create table \`tag\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`name\` text not null);`,
    );
    this.addSql(`create unique index \`tag_slug_unique\` on \`tag\` (\`slug\`);`);

    this.addSql(
      `create table \`article_tags\` (\`id\` integer not null primary key autoincrement, \`article_id\` integer not null, \`tag_id\` integer not null, constraint \`article_tags_article_id_foreign\` foreign key(\`article_id\`) references \`article\`(\`id\`) on delete cascade on update cascade, constraint \`article_tags_tag_id_foreign\` foreign key(\`tag_id\`) references \`tag\`(\`id\`) on delete cascade on update cascade);`,
    );
    this.addSql(
      `create index \`article_tags_article_id_index\` on \`article_tags\` (\`article_id\`);`,
    );
    this.addSql(`create index \`article_tags_tag_id_index\` on \`article_tags\` (\`tag_id\`);`);
  }
}

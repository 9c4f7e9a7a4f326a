import { Migration } from '@mikro-orm/migrations';

export class Migration20261128011908_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "category" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null, "position" int not null default 0, "parent_id" int null);`,
    );
    this.addSql(`alter table "category" add constraint "category_slug_unique" unique ("slug");`);
    this.addSql(`create index "category_parent_id_index" on "category" ("parent_id");`);

    this.addSql(
      `create table "article" ("id" serial primary key, "slug" varchar(200) not null, "title" text not null, "lead" text null, "language" varchar(16) not null default 'vi', "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "published_at" timestamptz null, "published_at_precision" text check ("published_at_precision" in ('MONTH', 'DAY', 'HALF_DAY', 'MINUTE')) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "category_id" int null);`,
    );
    this.addSql(`alter table "article" add constraint "article_slug_unique" unique ("slug");`);
    this.addSql(`create index "article_category_id_index" on "article" ("category_id");`);
    this.addSql(`create index "article_updated_at_index" on "article" ("updated_at");`);
    this.addSql(
      `create index "article_status_published_at_index" on "article" ("status", "published_at");`,
    );

    this.addSql(
      `create table "image" ("id" serial primary key, "article_id" int not null, "position" int not null, "url" text null, "caption" text null, "alt" text null, "credit" text null, "width" int null, "height" int null);`,
    );
    this.addSql(`create index "image_article_id_index" on "image" ("article_id");`);

    this.addSql(
      `create table "article_block" ("id" serial primary key, "article_id" int not null, "position" int not null, "kind" text check ("kind" in ('PARAGRAPH', 'HEADING', 'IMAGE', 'QUOTE')) not null, "text" text null, "image_id" int null, "attribution" text null);`,
    );
    this.addSql(`create index "article_block_article_id_index" on "article_block" ("article_id");`);
    this.addSql(`create index "article_block_image_id_index" on "article_block" ("image_id");`);

    this.addSql(
      `create table "person" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null, "rank" text null, "title" text null);`,
    );
    this.addSql(`alter table "person" add constraint "person_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "article_people" ("id" serial primary key, "article_id" int not null, "person_id" int not null);`,
    );
    this.addSql(
      `create index "article_people_article_id_index" on "article_people" ("article_id");`,
    );
    this.addSql(`create index "article_people_person_id_index" on "article_people" ("person_id");`);

    this.addSql(
      `create table "article_authors" ("id" serial primary key, "article_id" int not null, "person_id" int not null);`,
    );
    this.addSql(
      `create index "article_authors_article_id_index" on "article_authors" ("article_id");`,
    );
    this.addSql(
      `create index "article_authors_person_id_index" on "article_authors" ("person_id");`,
    );

    this.addSql(
      `create table "place" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null, "kind" text check ("kind" in ('COUNTRY', 'REGION', 'PROVINCE', 'CITY', 'DISTRICT', 'COMMUNE', 'VENUE')) not null, "parent_id" int null);`,
    );
    this.addSql(`alter table "place" add constraint "place_slug_unique" unique ("slug");`);
    this.addSql(`create index "place_parent_id_index" on "place" ("parent_id");`);

    this.addSql(
      `create table "organisation" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null, "short_name" text null, "aliases" jsonb not null, "kind" text check ("kind" in ('GOVERNMENT_AGENCY', 'POLICE_UNIT', 'INTERNATIONAL_ORGANISATION', 'STATE', 'PROJECT', 'COMPANY', 'RESEARCH_INSTITUTE', 'HOSPITAL', 'LEGISLATIVE_BODY', 'RELIGIOUS_ORGANISATION', 'OTHER')) not null, "country_id" int null, "parent_id" int null);`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`,
    );
    this.addSql(`create index "organisation_country_id_index" on "organisation" ("country_id");`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id");`);

    this.addSql(
      `create table "organisation_funders" ("id" serial primary key, "organisation_id" int not null, "funder_id" int not null);`,
    );
    this.addSql(
      `create index "organisation_funders_organisation_id_index" on "organisation_funders" ("organisation_id");`,
    );
    this.addSql(
      `create index "organisation_funders_funder_id_index" on "organisation_funders" ("funder_id");`,
    );

    this.addSql(
      `create table "article_organisations" ("id" serial primary key, "article_id" int not null, "organisation_id" int not null);`,
    );
    this.addSql(
      `create index "article_organisations_article_id_index" on "article_organisations" ("article_id");`,
    );
    this.addSql(
      `create index "article_organisations_organisation_id_index" on "article_organisations" ("organisation_id");`,
    );

    this.addSql(
      `create table "event" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null, "short_name" text null, "kind" text check ("kind" in ('CONFERENCE', 'MEETING', 'CEREMONY', 'OPERATION', 'PRESS_CONFERENCE', 'VISIT', 'OTHER')) not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "date_precision" text check ("date_precision" in ('MONTH', 'DAY', 'HALF_DAY', 'MINUTE')) null, "date_text" text null, "place_id" int null, "attendee_count" int null, "country_count" int null, "parent_id" int null);`,
    );
    this.addSql(`alter table "event" add constraint "event_slug_unique" unique ("slug");`);
    this.addSql(`create index "event_place_id_index" on "event" ("place_id");`);
    this.addSql(`create index "event_parent_id_index" on "event" ("parent_id");`);

    this.addSql(
      `create table "event_participants" ("id" serial primary key, "event_id" int not null, "organisation_id" int not null);`,
    );
    this.addSql(
      `create index "event_participants_event_id_index" on "event_participants" ("event_id");`,
    );
    this.addSql(
      `create index "event_participants_organisation_id_index" on "event_participants" ("organisation_id");`,
    );

    this.addSql(
      `create table "event_organisers" ("id" serial primary key, "event_id" int not null, "organisation_id" int not null);`,
    );
    this.addSql(
      `create index "event_organisers_event_id_index" on "event_organisers" ("event_id");`,
    );
    this.addSql(
      `create index "event_organisers_organisation_id_index" on "event_organisers" ("organisation_id");`,
    );

    this.addSql(
      `create table "article_events" ("id" serial primary key, "article_id" int not null, "event_id" int not null);`,
    );
    this.addSql(
      `create index "article_events_article_id_index" on "article_events" ("article_id");`,
    );
    this.addSql(`create index "article_events_event_id_index" on "article_events" ("event_id");`);

    this.addSql(
      `create table "article_places" ("id" serial primary key, "article_id" int not null, "place_id" int not null);`,
    );
    this.addSql(
      `create index "article_places_article_id_index" on "article_places" ("article_id");`,
    );
    this.addSql(`create index "article_places_place_id_index" on "article_places" ("place_id");`);

    this.addSql(
      `create table "position" ("id" serial primary key, "person_id" int not null, "title" text not null, "organisation_id" int null, "from_date" date null, "to_date" date null, "sort_order" int not null default 0);`,
    );
    this.addSql(`create index "position_person_id_index" on "position" ("person_id");`);
    this.addSql(`create index "position_organisation_id_index" on "position" ("organisation_id");`);

    this.addSql(
      `create table "tag" ("id" serial primary key, "slug" varchar(200) not null, "name" text not null);`,
    );
    this.addSql(`alter table "tag" add constraint "tag_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "article_tags" ("id" serial primary key, "article_id" int not null, "tag_id" int not null);`,
    );
    this.addSql(`create index "article_tags_article_id_index" on "article_tags" ("article_id");`);
    this.addSql(`create index "article_tags_tag_id_index" on "article_tags" ("tag_id");`);

    this.addSql(
      `alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "article" add constraint "article_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "image" add constraint "image_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_block" add constraint "article_block_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_block" add constraint "article_block_image_id_foreign" foreign key ("image_id") references "image" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "article_people" add constraint "article_people_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_people" add constraint "article_people_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_authors" add constraint "article_authors_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_authors" add constraint "article_authors_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "place" add constraint "place_parent_id_foreign" foreign key ("parent_id") references "place" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_country_id_foreign" foreign key ("country_id") references "place" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "organisation_funders" add constraint "organisation_funders_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "organisation_funders" add constraint "organisation_funders_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_organisations" add constraint "article_organisations_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_organisations" add constraint "article_organisations_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "event" add constraint "event_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "event" add constraint "event_parent_id_foreign" foreign key ("parent_id") references "event" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "event_participants" add constraint "event_participants_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_participants" add constraint "event_participants_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "event_organisers" add constraint "event_organisers_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "event_organisers" add constraint "event_organisers_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_events" add constraint "article_events_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_events" add constraint "article_events_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "article_places" add constraint "article_places_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_places" add constraint "article_places_place_id_foreign" foreign key ("place_id") references "place" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "position" add constraint "position_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "position" add constraint "position_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "article_tags" add constraint "article_tags_article_id_foreign" foreign key ("article_id") references "article" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "article_tags" add constraint "article_tags_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "category" drop constraint "category_parent_id_foreign";`);

    this.addSql(`alter table "article" drop constraint "article_category_id_foreign";`);

    this.addSql(`alter table "image" drop constraint "image_article_id_foreign";`);

    this.addSql(`alter table "article_block" drop constraint "article_block_article_id_foreign";`);

    this.addSql(
      `alter table "article_people" drop constraint "article_people_article_id_foreign";`,
    );

    this.addSql(
      `alter table "article_authors" drop constraint "article_authors_article_id_foreign";`,
    );

    this.addSql(
      `alter table "article_organisations" drop constraint "article_organisations_article_id_foreign";`,
    );

    this.addSql(
      `alter table "article_events" drop constraint "article_events_article_id_foreign";`,
    );

    this.addSql(
      `alter table "article_places" drop constraint "article_places_article_id_foreign";`,
    );

    this.addSql(`alter table "article_tags" drop constraint "article_tags_article_id_foreign";`);

    this.addSql(`alter table "article_block" drop constraint "article_block_image_id_foreign";`);

    this.addSql(`alter table "article_people" drop constraint "article_people_person_id_foreign";`);

    this.addSql(
      `alter table "article_authors" drop constraint "article_authors_person_id_foreign";`,
    );

    this.addSql(`alter table "position" drop constraint "position_person_id_foreign";`);

    this.addSql(`alter table "place" drop constraint "place_parent_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_country_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_place_id_foreign";`);

    this.addSql(`alter table "article_places" drop constraint "article_places_place_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_parent_id_foreign";`);

    this.addSql(
      `alter table "organisation_funders" drop constraint "organisation_funders_organisation_id_foreign";`,
    );

    this.addSql(
      `alter table "organisation_funders" drop constraint "organisation_funders_funder_id_foreign";`,
    );

    this.addSql(
      `alter table "article_organisations" drop constraint "article_organisations_organisation_id_foreign";`,
    );

    this.addSql(
      `alter table "event_participants" drop constraint "event_participants_organisation_id_foreign";`,
    );

    this.addSql(
      `alter table "event_organisers" drop constraint "event_organisers_organisation_id_foreign";`,
    );

    this.addSql(`alter table "position" drop constraint "position_organisation_id_foreign";`);

    this.addSql(`alter table "event" drop constraint "event_parent_id_foreign";`);

    this.addSql(
      `alter table "event_participants" drop constraint "event_participants_event_id_foreign";`,
    );

    this.addSql(
      `alter table "event_organisers" drop constraint "event_organisers_event_id_foreign";`,
    );

    this.addSql(`alter table "article_events" drop constraint "article_events_event_id_foreign";`);

    this.addSql(`alter table "article_tags" drop constraint "article_tags_tag_id_foreign";`);

    this.addSql(`drop table if exists "category" cascade;`);

    this.addSql(`drop table if exists "article" cascade;`);

    this.addSql(`drop table if exists "image" cascade;`);

    this.addSql(`drop table if exists "article_block" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "article_people" cascade;`);

    this.addSql(`drop table if exists "article_authors" cascade;`);

    this.addSql(`drop table if exists "place" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "organisation_funders" cascade;`);

    this.addSql(`drop table if exists "article_organisations" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "event_participants" cascade;`);

    this.addSql(`drop table if exists "event_organisers" cascade;`);

    this.addSql(`drop table if exists "article_events" cascade;`);

    this.addSql(`drop table if exists "article_places" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "tag" cascade;`);

    this.addSql(`drop table if exists "article_tags" cascade;`);
  }
}

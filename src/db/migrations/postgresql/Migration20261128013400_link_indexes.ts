import { Migration } from '@mikro-orm/migrations';

export class Migration20261128013400_link_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "article_people_person_id_index";`);

    this.addSql(
      `create index "article_people_person_id_article_id_index" on "article_people" ("person_id", "article_id");`,
    );

    this.addSql(`drop index "article_authors_person_id_index";`);

    this.addSql(
      `create index "article_authors_person_id_article_id_index" on "article_authors" ("person_id", "article_id");`,
    );

    this.addSql(`drop index "organisation_funders_funder_id_index";`);

    this.addSql(
      `create index "organisation_funders_funder_id_organisation_id_index" on "organisation_funders" ("funder_id", "organisation_id");`,
    );

    this.addSql(`drop index "article_organisations_organisation_id_index";`);

    this.addSql(
      `create index "article_organisations_organisation_id_article_id_index" on "article_organisations" ("organisation_id", "article_id");`,
    );

    this.addSql(`drop index "event_participants_organisation_id_index";`);

    this.addSql(
      `create index "event_participants_organisation_id_event_id_index" on "event_participants" ("organisation_id", "event_id");`,
    );

    this.addSql(`drop index "event_organisers_organisation_id_index";`);

    this.addSql(
      `create index "event_organisers_organisation_id_event_id_index" on "event_organisers" ("organisation_id", "event_id");`,
    );

    this.addSql(`drop index "article_events_event_id_index";`);

    this.addSql(
      `create index "article_events_event_id_article_id_index" on "article_events" ("event_id", "article_id");`,
    );

    this.addSql(`drop index "article_places_place_id_index";`);

    this.addSql(
      `create index "article_places_place_id_article_id_index" on "article_places" ("place_id", "article_id");`,
    );

    this.addSql(`drop index "article_tags_tag_id_index";`);

    this.addSql(
      `create index "article_tags_tag_id_article_id_index" on "article_tags" ("tag_id", "article_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "article_authors_person_id_article_id_index";`);

    this.addSql(
      `create index "article_authors_person_id_index" on "article_authors" ("person_id");`,
    );

    this.addSql(`drop index "article_events_event_id_article_id_index";`);

    this.addSql(`create index "article_events_event_id_index" on "article_events" ("event_id");`);

    this.addSql(`drop index "article_organisations_organisation_id_article_id_index";`);

    this.addSql(
      `create index "article_organisations_organisation_id_index" on "article_organisations" ("organisation_id");`,
    );

    this.addSql(`drop index "article_people_person_id_article_id_index";`);

    this.addSql(`create index "article_people_person_id_index" on "article_people" ("person_id");`);

    this.addSql(`drop index "article_places_place_id_article_id_index";`);

    this.addSql(`create index "article_places_place_id_index" on "article_places" ("place_id");`);

    this.addSql(`drop index "article_tags_tag_id_article_id_index";`);

    this.addSql(`create index "article_tags_tag_id_index" on "article_tags" ("tag_id");`);

    this.addSql(`drop index "event_organisers_organisation_id_event_id_index";`);

    this.addSql(
      `create index "event_organisers_organisation_id_index" on "event_organisers" ("organisation_id");`,
    );

    this.addSql(`drop index "event_participants_organisation_id_event_id_index";`);

    this.addSql(
      `create index "event_participants_organisation_id_index" on "event_participants" ("organisation_id");`,
    );

    this.addSql(`drop index "organisation_funders_funder_id_organisation_id_index";`);

    this.addSql(
      `create index "organisation_funders_funder_id_index" on "organisation_funders" ("funder_id");`,
    );
  }
}

// Every relation a resolver follows, as a per-request batch loader (see db/relation-loaders).
import type { EntityManager } from '@mikro-orm/knex';
import { byIdLoader, childLoader, linkLoader } from '../db/relation-loaders.js';
import { Article } from '../modules/article/article.entity.js';
import { BodyBlock } from '../modules/article/body-block.entity.js';
import { Event } from '../modules/event/event.entity.js';
import { Image } from '../modules/media/image.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Position } from '../modules/person/position.entity.js';
import { Place } from '../modules/place/place.entity.js';
import { Category } from '../modules/taxonomy/category.entity.js';
import { Tag } from '../modules/taxonomy/tag.entity.js';

export function relationLoaders(em: EntityManager) {
  const mention = <T extends object>(entity: { new (): T; name: string }, table: string, link: string, target: string) =>
    linkLoader(em, { entity, table, link, owner: 'article_id', target });
  return {
    articleAuthors: mention(Person, 'person', 'article_authors', 'person_id'),
    articleTags: mention(Tag, 'tag', 'article_tags', 'tag_id'),
    articlePeople: mention(Person, 'person', 'article_people', 'person_id'),
    articleOrganisations: mention(Organisation, 'organisation', 'article_organisations', 'organisation_id'),
    articleEvents: mention(Event, 'event', 'article_events', 'event_id'),
    articlePlaces: mention(Place, 'place', 'article_places', 'place_id'),
    articleImages: childLoader(em, { entity: Image, table: 'image', owner: 'article_id', order: 't.position, t.id' }),
    articleBlocks: childLoader(em, { entity: BodyBlock, table: 'article_block', owner: 'article_id', order: 't.position, t.id' }),
    eventOrganisers: linkLoader(em, { entity: Organisation, table: 'organisation', link: 'event_organisers', owner: 'event_id', target: 'organisation_id' }),
    eventParticipants: linkLoader(em, { entity: Organisation, table: 'organisation', link: 'event_participants', owner: 'event_id', target: 'organisation_id' }),
    eventSubEvents: childLoader(em, { entity: Event, table: 'event', owner: 'parent_id', order: '(t.starts_at is null), t.starts_at, t.id' }),
    organisationFunders: linkLoader(em, { entity: Organisation, table: 'organisation', link: 'organisation_funders', owner: 'organisation_id', target: 'funder_id' }),
    organisationChildren: childLoader(em, { entity: Organisation, table: 'organisation', owner: 'parent_id', order: 't.id' }),
    personPositions: childLoader(em, { entity: Position, table: 'position', owner: 'person_id', order: 't.sort_order, t.id' }),
    article: byIdLoader(em, { entity: Article, table: 'article' }),
    category: byIdLoader(em, { entity: Category, table: 'category' }),
    event: byIdLoader(em, { entity: Event, table: 'event' }),
    organisation: byIdLoader(em, { entity: Organisation, table: 'organisation' }),
    person: byIdLoader(em, { entity: Person, table: 'person' }),
    place: byIdLoader(em, { entity: Place, table: 'place' }),
  };
}

/** Loads a many-to-one reference through its batch loader; null when there is none. */
export function loadRef<T>(loader: { load(id: number): Promise<T | null> }, ref: { id: number } | null | undefined): Promise<T | null> {
  return ref ? loader.load(ref.id) : Promise.resolve(null);
}

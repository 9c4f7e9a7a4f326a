// Every relation a resolver follows, as a per-request batch loader (see db/relation-loaders).
import type { EntityManager } from '@mikro-orm/knex';
import {
  byIdLoader,
  childLoader,
  childPart,
  linkLoader,
  linkPart,
  relationBundle,
  type ChildSpec,
  type LinkSpec,
} from '../db/relation-loaders.js';
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

const mention = <T extends object>(
  entity: { new (): T; name: string },
  table: string,
  link: string,
  target: string,
): LinkSpec<T> => ({ entity, table, link, owner: 'article_id', target });

/** An article's relations: each has its batch loader, and a part in `articleRelations`. */
const articleLinks = {
  articleAuthors: mention(Person, 'person', 'article_authors', 'person_id'),
  articleTags: mention(Tag, 'tag', 'article_tags', 'tag_id'),
  articlePeople: mention(Person, 'person', 'article_people', 'person_id'),
  articleOrganisations: mention(
    Organisation,
    'organisation',
    'article_organisations',
    'organisation_id',
  ),
  articleEvents: mention(Event, 'event', 'article_events', 'event_id'),
  articlePlaces: mention(Place, 'place', 'article_places', 'place_id'),
};
const articleImages: ChildSpec<Image> = {
  entity: Image,
  table: 'image',
  owner: 'article_id',
  order: 't.position, t.id',
};
const articleBlocks: ChildSpec<BodyBlock> = {
  entity: BodyBlock,
  table: 'article_block',
  owner: 'article_id',
  order: 't.position, t.id',
};

export function relationLoaders(em: EntityManager) {
  return {
    articleAuthors: linkLoader(em, articleLinks.articleAuthors),
    articleTags: linkLoader(em, articleLinks.articleTags),
    articlePeople: linkLoader(em, articleLinks.articlePeople),
    articleOrganisations: linkLoader(em, articleLinks.articleOrganisations),
    articleEvents: linkLoader(em, articleLinks.articleEvents),
    articlePlaces: linkLoader(em, articleLinks.articlePlaces),
    articleImages: childLoader(em, articleImages),
    articleBlocks: childLoader(em, articleBlocks),
    /** Any of the above, and the article's section (a list of at most one), in one statement (blocks for one article only: article.preload.ts says why). */
    articleRelations: relationBundle(em, {
      articleAuthors: linkPart(articleLinks.articleAuthors),
      articleTags: linkPart(articleLinks.articleTags),
      articlePeople: linkPart(articleLinks.articlePeople),
      articleOrganisations: linkPart(articleLinks.articleOrganisations),
      articleEvents: linkPart(articleLinks.articleEvents),
      articlePlaces: linkPart(articleLinks.articlePlaces),
      articleImages: childPart(articleImages),
      articleBlocks: childPart(articleBlocks),
      articleCategory: {
        entity: Category,
        from: 'article as a',
        owner: 'a.id',
        order: ['a.id', '0'],
        target: { table: 'category', id: 'a.category_id' },
      },
    }),
    eventOrganisers: linkLoader(em, {
      entity: Organisation,
      table: 'organisation',
      link: 'event_organisers',
      owner: 'event_id',
      target: 'organisation_id',
    }),
    eventParticipants: linkLoader(em, {
      entity: Organisation,
      table: 'organisation',
      link: 'event_participants',
      owner: 'event_id',
      target: 'organisation_id',
    }),
    eventSubEvents: childLoader(em, {
      entity: Event,
      table: 'event',
      owner: 'parent_id',
      order: '(t.starts_at is null), t.starts_at, t.id',
    }),
    organisationFunders: linkLoader(em, {
      entity: Organisation,
      table: 'organisation',
      link: 'organisation_funders',
      owner: 'organisation_id',
      target: 'funder_id',
    }),
    organisationChildren: childLoader(em, {
      entity: Organisation,
      table: 'organisation',
      owner: 'parent_id',
      order: 't.id',
    }),
    personPositions: childLoader(em, {
      entity: Position,
      table: 'position',
      owner: 'person_id',
      order: 't.sort_order, t.id',
    }),
    article: byIdLoader(em, { entity: Article, table: 'article' }),
    category: byIdLoader(em, { entity: Category, table: 'category' }),
    event: byIdLoader(em, { entity: Event, table: 'event' }),
    organisation: byIdLoader(em, { entity: Organisation, table: 'organisation' }),
    person: byIdLoader(em, { entity: Person, table: 'person' }),
    place: byIdLoader(em, { entity: Place, table: 'place' }),
  };
}

/** Loads a many-to-one reference through its batch loader; null when there is none. */
export function loadRef<T>(
  loader: { load(id: number): Promise<T | null> },
  ref: { id: number } | null | undefined,
): Promise<T | null> {
  return ref ? loader.load(ref.id) : Promise.resolve(null);
}

import { ApiKey } from '../modules/access/api-key.entity.js';
import { Article, articleLinks } from '../modules/article/article.entity.js';
import { BodyBlock } from '../modules/article/body-block.entity.js';
import { Event, eventLinks } from '../modules/event/event.entity.js';
import { Image } from '../modules/media/image.entity.js';
import { Organisation, organisationFunders } from '../modules/organisation/organisation.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Position } from '../modules/person/position.entity.js';
import { Place } from '../modules/place/place.entity.js';
import { Category } from '../modules/taxonomy/category.entity.js';
import { Tag } from '../modules/taxonomy/tag.entity.js';
import { ArticleViewDay } from '../modules/popularity/article-view-day.entity.js';
import { RelatedPin } from '../modules/related/related-pin.entity.js';
import { SearchEntry } from '../modules/search/search-entry.entity.js';
import { ArticleRevision } from '../modules/editorial/article-revision.entity.js';
import { ArticleSlug } from '../modules/editorial/article-slug.entity.js';
import { IdempotencyRecord } from '../modules/editorial/idempotency-record.entity.js';
import { ArticleChange } from '../modules/syndication/article-change.entity.js';

/** Every entity, listed rather than discovered from folders: the same list in tsc and vitest. */
export const entities = [
  Article,
  BodyBlock,
  Image,
  Person,
  Position,
  Organisation,
  Event,
  Place,
  Category,
  Tag,
  ArticleViewDay,
  RelatedPin,
  SearchEntry,
  ApiKey,
  ArticleRevision,
  ArticleSlug,
  IdempotencyRecord,
  ArticleChange,
  ...Object.values(articleLinks).map((l) => l.schema),
  ...Object.values(eventLinks).map((l) => l.schema),
  organisationFunders.schema,
];

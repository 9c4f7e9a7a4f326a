// Everything a partner format needs of one article, gathered through the request's loaders (so
// a feed of 50 articles costs a statement per relation, not per article).
import type { Context } from '../../graphql/context.js';
import { blocksToHtml, blocksToText } from '../../text/html.js';
import type { Article } from '../article/article.entity.js';
import { articleUrl } from '../article/article.service.js';
import type { Event } from '../event/event.entity.js';
import type { Image } from '../media/image.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Person } from '../person/person.entity.js';
import type { Place } from '../place/place.entity.js';
import type { Category } from '../taxonomy/category.entity.js';
import type { Tag } from '../taxonomy/tag.entity.js';

export type ArticleDocument = {
  article: Article;
  url: string;
  authors: Person[];
  people: Person[];
  organisations: Organisation[];
  events: Event[];
  places: Place[];
  tags: Tag[];
  category: Category | null;
  images: Image[];
  html: string | null;
  text: string | null;
};

/** Our URI for a thing the article names: `urn:bantin:<kind>:<slug>`, stable as slugs are. */
export const thingUri = (
  kind: 'person' | 'organisation' | 'event' | 'place' | 'tag' | 'category' | 'image',
  slug: string,
) => `urn:bantin:${kind}:${slug}`;

export async function articleDocument(ctx: Context, article: Article): Promise<ArticleDocument> {
  const rel = ctx.loaders.rel;
  const [authors, people, organisations, events, places, tags, images, blocks, category] =
    await Promise.all([
      rel.articleAuthors.load(article.id),
      rel.articlePeople.load(article.id),
      rel.articleOrganisations.load(article.id),
      rel.articleEvents.load(article.id),
      rel.articlePlaces.load(article.id),
      rel.articleTags.load(article.id),
      rel.articleImages.load(article.id),
      rel.articleBlocks.load(article.id),
      article.category ? rel.category.load(article.category.id) : Promise.resolve(null),
    ]);
  const byId = new Map(images.map((i) => [i.id, i]));
  const render = blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    html: b.html,
    attribution: b.attribution,
    image: byId.get(b.image?.id ?? 0) ?? null,
  }));
  return {
    article,
    url: articleUrl(ctx.config.portalBaseUrl, article),
    authors,
    people,
    organisations,
    events,
    places,
    tags,
    category,
    images,
    html: blocks.length ? blocksToHtml(render) : null,
    text: blocks.length ? blocksToText(render) : null,
  };
}

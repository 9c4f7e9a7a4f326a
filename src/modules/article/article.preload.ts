// A list of articles loads the relations its query selects before GraphQL walks the articles, so
// that each article's `authors`, `tags`, ... answer at once instead of with a promise.
//
// The statements are the same (the same batch loaders, one statement per relation for the whole
// list); what changes is GraphQL's side. A field that answers with a promise makes its object,
// and the list holding it, wait on promises too: a PartnerPull page of 100 articles made over
// two thousand of them. With every field of an article answering at once, GraphQL completes the
// list without any.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { fieldsBelow } from '../../graphql/selection.js';
import type { Article } from './article.entity.js';

/** The relations a list can load ahead, by field name, each from its batch loader. */
const relationsOf = (ctx: Context) => ({
  authors: ctx.loaders.rel.articleAuthors,
  tags: ctx.loaders.rel.articleTags,
  people: ctx.loaders.rel.articlePeople,
  organisations: ctx.loaders.rel.articleOrganisations,
  events: ctx.loaders.rel.articleEvents,
  places: ctx.loaders.rel.articlePlaces,
  images: ctx.loaders.rel.articleImages,
  blocks: ctx.loaders.rel.articleBlocks,
});

export type PreloadedField = keyof ReturnType<typeof relationsOf> | 'category';

/** Per request (its context), per article: what was loaded ahead. */
const loaded = new WeakMap<Context, WeakMap<Article, Map<PreloadedField, unknown>>>();

/** Where a connection's articles are: its nodes, and its edges' nodes. */
export const CONNECTION_NODES = [['nodes'], ['edges', 'node']] as const;

/**
 * Loads, for `articles`, the relations selected at any of `paths` below the field `info` resolves
 * (see `fieldsBelow`). A relation whose statement failed is not kept: its field then asks its
 * loader, and answers with the error as before.
 */
export async function preloadRelations(ctx: Context, info: GraphQLResolveInfo, paths: readonly (readonly string[])[], articles: readonly Article[]): Promise<void> {
  if (articles.length === 0) return;
  const selected = new Set(paths.flatMap((path) => [...fieldsBelow(info, path)]));
  let byArticle = loaded.get(ctx);
  if (!byArticle) loaded.set(ctx, (byArticle = new WeakMap()));
  const keep = (article: Article, field: PreloadedField, value: unknown) => {
    let fields = byArticle!.get(article);
    if (!fields) byArticle!.set(article, (fields = new Map()));
    fields.set(field, value);
  };
  const ids = articles.map((a) => a.id);
  const jobs = Object.entries(relationsOf(ctx))
    .filter(([field]) => selected.has(field))
    .map(async ([field, loader]) => {
      const lists = await loader.loadMany(ids);
      lists.forEach((list, i) => list instanceof Error || keep(articles[i], field as PreloadedField, list));
    });
  if (selected.has('category')) {
    jobs.push(
      (async () => {
        const refs = articles.map((a) => a.category?.id);
        const categories = await ctx.loaders.rel.category.loadMany([...new Set(refs.filter((id): id is number => id !== undefined))]);
        const byId = new Map(categories.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c] as const] : [])));
        articles.forEach((article, i) => {
          const id = refs[i];
          if (id === undefined) keep(article, 'category', null);
          else if (byId.has(id)) keep(article, 'category', byId.get(id));
        });
      })(),
    );
  }
  await Promise.all(jobs);
}

/** What was loaded ahead for this article's field in this request, or undefined. */
export function preloaded<T>(ctx: Context, article: Article, field: PreloadedField): T | undefined {
  return loaded.get(ctx)?.get(article)?.get(field) as T | undefined;
}

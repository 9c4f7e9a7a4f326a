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

/** The list relations a list can load ahead, by field name: each field's batch loader. */
const loaderOf = {
  authors: 'articleAuthors',
  tags: 'articleTags',
  people: 'articlePeople',
  organisations: 'articleOrganisations',
  events: 'articleEvents',
  places: 'articlePlaces',
  images: 'articleImages',
  blocks: 'articleBlocks',
} as const;

type Relation = keyof typeof loaderOf;
type Loaders = Context['loaders']['rel'];
/** What a relation's loader gives for one article. */
type ListOf<R extends Relation> = Loaders[(typeof loaderOf)[R]] extends { load(id: number): Promise<infer V> } ? V : never;
type PreloadedField = Relation | 'category';

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
  const jobs = (Object.keys(loaderOf) as Relation[])
    .filter((field) => selected.has(field))
    .map(async (field) => {
      const lists: unknown[] = await ctx.loaders.rel[loaderOf[field]].loadMany(ids);
      lists.forEach((list, i) => list instanceof Error || keep(articles[i], field, list));
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

/** An article's list relation: as loaded ahead by its list, or else from its batch loader. */
export function relationOf<R extends Relation>(ctx: Context, article: Article, field: R): ListOf<R> | Promise<ListOf<R>> {
  const loader = ctx.loaders.rel[loaderOf[field]] as unknown as { load(id: number): Promise<ListOf<R>> };
  return preloaded<ListOf<R>>(ctx, article, field) ?? loader.load(article.id);
}

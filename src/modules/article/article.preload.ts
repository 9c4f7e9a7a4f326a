// A list of articles, or one article's page, loads the relations its query selects before GraphQL
// walks the articles: every relation of every article in one statement (relationBundle in
// db/relation-loaders.ts; each relation's own loader made a statement, and a round trip, apiece).
//
// GraphQL's side gains too. A field that answers with a promise makes its object, and the list
// holding it, wait on promises too: a PartnerPull page of 100 articles made over two thousand of
// them. With every relation of an article answering at once, GraphQL completes the list without
// any.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { fieldsBelow } from '../../graphql/selection.js';
import type { Category } from '../taxonomy/category.entity.js';
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
type ListOf<R extends Relation> = Loaders[(typeof loaderOf)[R]] extends {
  load(id: number): Promise<infer V>;
}
  ? V
  : never;
type PreloadedField = Relation | 'category';

/** Per request (its context), per article: what was loaded ahead. */
const loaded = new WeakMap<Context, WeakMap<Article, Map<PreloadedField, unknown>>>();

/** Where a connection's articles are: its nodes, and its edges' nodes. */
export const CONNECTION_NODES = [['nodes'], ['edges', 'node']] as const;

/**
 * Loads, for `articles`, the relations selected at any of `paths` below the field `info` resolves
 * (see `fieldsBelow`), in one statement. If it fails, nothing is kept: each field then asks its
 * own loader, and answers with the error as before.
 */
export async function preloadRelations(
  ctx: Context,
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
  articles: readonly Article[],
): Promise<void> {
  if (articles.length === 0) return;
  const selected = new Set(paths.flatMap((path) => [...fieldsBelow(info, path)]));
  let kept = loaded.get(ctx);
  if (!kept) loaded.set(ctx, (kept = new WeakMap()));
  const keep = (article: Article, field: PreloadedField, value: unknown) => {
    let fields = kept!.get(article);
    if (!fields) kept!.set(article, (fields = new Map()));
    fields.set(field, value);
  };
  const fields = (Object.keys(loaderOf) as Relation[]).filter((field) => selected.has(field));
  // An image block's photo comes from its article's images (ImageBlock.image).
  if (
    fields.includes('blocks') &&
    !fields.includes('images') &&
    paths.some((path) => fieldsBelow(info, [...path, 'blocks']).has('image'))
  )
    fields.push('images');
  // Sections come from memory (taxonomy/section-cache.ts), but one added since it was read.
  const withCategory =
    selected.has('category') &&
    articles.some((a) => a.category && !ctx.services.sections.get(a.category.id));
  const jobs: Promise<void>[] = [];
  // The body's blocks of a list keep their own statement: a page's text is most of its bytes,
  // and read as JSON it cost more than the round trip saves (probe, PartnerPull at 100,000
  // articles, with the bundle's parts still joined: 29-37 ms of CPU a page with the blocks in
  // it, 24-31 without, 23-33 before the bundle). One article's blocks (its page) are few, and
  // there the round trip is the larger cost: they join the bundle.
  const blocksApart = fields.includes('blocks') && articles.length > 1;
  if (blocksApart) {
    jobs.push(
      ctx.loaders.rel.articleBlocks.loadMany(articles.map((a) => a.id)).then((lists) => {
        lists.forEach((list, i) => list instanceof Error || keep(articles[i], 'blocks', list));
      }),
    );
  }
  const bundled = blocksApart ? fields.filter((field) => field !== 'blocks') : fields;
  if (bundled.length > 0 || withCategory)
    jobs.push(loadBundled(ctx, articles, bundled, withCategory, keep));
  await Promise.all(jobs);
}

/** The relations, and the section, in one statement. */
async function loadBundled(
  ctx: Context,
  articles: readonly Article[],
  fields: Relation[],
  withCategory: boolean,
  keep: (article: Article, field: PreloadedField, value: unknown) => void,
) {
  const names = [
    ...fields.map((field) => loaderOf[field]),
    ...(withCategory ? (['articleCategory'] as const) : []),
  ];
  const results = await ctx.loaders.rel.articleRelations.loadMany(
    articles.map((a) => ({ owner: a.id, names })),
  );
  articles.forEach((article, i) => {
    const lists = results[i];
    // The statement failed: each field asks its own loader, and answers with the error as before.
    if (lists instanceof Error) return;
    for (const field of fields) {
      const list = lists.get(loaderOf[field])!;
      keep(article, field, list);
      // For other paths to the same list in this request (an image block's photo).
      (
        ctx.loaders.rel[loaderOf[field]] as unknown as { prime(id: number, list: unknown): unknown }
      ).prime(article.id, list);
    }
    if (withCategory)
      keep(article, 'category', (lists.get('articleCategory')![0] as Category | undefined) ?? null);
  });
}

/** What was loaded ahead for this article's field in this request, or undefined. */
export function preloaded<T>(ctx: Context, article: Article, field: PreloadedField): T | undefined {
  return loaded.get(ctx)?.get(article)?.get(field) as T | undefined;
}

/** An article's list relation: as loaded ahead by its list, or else from its batch loader. */
export function relationOf<R extends Relation>(
  ctx: Context,
  article: Article,
  field: R,
): ListOf<R> | Promise<ListOf<R>> {
  const loader = ctx.loaders.rel[loaderOf[field]] as unknown as {
    load(id: number): Promise<ListOf<R>>;
  };
  return preloaded<ListOf<R>>(ctx, article, field) ?? loader.load(article.id);
}

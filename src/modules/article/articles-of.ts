// The `articles` connection on Person, Organisation, Event, Category, Tag: batched per request.
import { decodeCursor, DEFAULT_PAGE_SIZE, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { ArticleParent } from './article.query.js';
import { ArticleConnection } from './article.types.js';

export async function articlesOf(ctx: Context, kind: ArticleParent, parent: number, args: PageArgs) {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after;
  const page = await ctx.loaders.articlesOf.load({
    kind,
    parent,
    first,
    after: after ? decodeCursor(after) : undefined,
  });
  return ArticleConnection.from({
    ...page,
    hasPreviousPage: after != null,
    count: () => ctx.loaders.articleCountOf.load({ kind, parent }),
  });
}

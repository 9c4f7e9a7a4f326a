// The `articles` connection on Person, Organisation, Event, Category, Tag: batched per request.
import { DEFAULT_PAGE_SIZE, type PageArgs } from '../../graphql/connection.js';
import { decodeCursor } from '../../db/cursor.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { CONNECTION_NODES, preloadRelations } from './article.preload.js';
import type { ArticleParent } from './article.query.js';
import { ArticleConnection } from './article.types.js';

export async function articlesOf(
  ctx: Context,
  kind: ArticleParent,
  parent: number,
  args: PageArgs,
  info: GraphQLResolveInfo,
) {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after;
  const page = await ctx.loaders.articlesOf.load({
    kind,
    parent,
    first,
    after: after ? decodeCursor(after) : undefined,
  });
  // Every parent's page arrives from one batch, so their relations load in one batch too.
  await preloadRelations(
    ctx,
    info,
    CONNECTION_NODES,
    page.items.map((i) => i.node),
  );
  return ArticleConnection.from({
    ...page,
    hasPreviousPage: after != null,
    count: () => ctx.loaders.articleCountOf.load({ kind, parent }),
  });
}

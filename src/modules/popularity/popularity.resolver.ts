import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { cacheHint } from '../../graphql/cache-control.js';
import { DateTime } from '../../graphql/scalars.js';
import { Article } from '../article/article.entity.js';
import { asEntity } from '../../db/rows.js';
import { ShortListArgs } from '../article/article.types.js';
import { PopularityWindow } from './popularity.js';
import { recordView } from './record-view.js';

@ObjectType({ description: 'One place in a most-read list.' })
@Directive(cacheHint.viewCounts)
export class PopularArticle {
  @Field(() => Int, { description: '1 for the most read.' })
  rank!: number;

  @Field(() => Int, { description: 'Views counted in the window.' })
  views!: number;

  @Field(() => Article, { description: 'The article.' })
  article!: Article;

  @Field(() => DateTime, {
    description: 'When these counts were read: lists are cached for a few seconds.',
  })
  countedAt!: Date;
}

@ArgsType()
class MostReadArgs extends ShortListArgs {
  @Field(() => PopularityWindow, {
    nullable: true,
    defaultValue: PopularityWindow.WEEK,
    description: 'Which days count.',
  })
  window?: PopularityWindow | null;
}

@Resolver(() => Article)
export class PopularityResolver {
  @FieldResolver(() => Int, { description: 'Page views counted in the window (lượt xem).' })
  @Directive(cacheHint.viewCounts)
  views(
    @Root() article: Article,
    @Ctx() ctx: Context,
    @Arg('window', () => PopularityWindow, {
      nullable: true,
      defaultValue: PopularityWindow.ALL_TIME,
      description: 'Which days count.',
    })
    window?: PopularityWindow | null,
  ): Promise<number> {
    return ctx.loaders.viewsOf.load({
      id: article.id,
      window: window ?? PopularityWindow.ALL_TIME,
    });
  }

  @Query(() => [PopularArticle], {
    description: 'Most read articles: "Tin đọc nhiều trong tuần" for WEEK.',
  })
  @Directive(cacheHint.viewCounts)
  async mostRead(
    @Ctx() ctx: Context,
    @Args() { window, first, category }: MostReadArgs,
  ): Promise<PopularArticle[]> {
    const { rows, countedAt } = await ctx.services.mostRead.ranking(
      ctx.em,
      window ?? PopularityWindow.WEEK,
      first ?? 10,
      category,
    );
    return rows.map((r, i) =>
      Object.assign(new PopularArticle(), {
        rank: i + 1,
        views: r.views,
        article: asEntity(ctx.em, Article, r.row),
        countedAt,
      }),
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Counts one page view. True when counted; false for a known bot or a repeat view by the same visitor within the window. Answered only after the view is stored. Beacons can POST /views instead.',
  })
  @Directive(cacheHint.never)
  recordView(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global id of the article viewed.' })
    articleId: string,
  ): Promise<boolean> {
    return recordView(ctx.services, articleId, ctx.client).then((verdict) => verdict === 'count');
  }
}

import { IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Article } from '../article/article.entity.js';
import { RelatedArticle } from './related.js';

@ArgsType()
class RelatedArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'How many, 1..20.' })
  @IsOptional()
  @Min(1)
  @Max(20)
  first?: number | null;
}

@Resolver(() => Article)
export class RelatedResolver {
  @FieldResolver(() => [RelatedArticle], {
    description:
      'Related news (tin liên quan), best first: pinned by editors, then by shared events, people, organisations, tags and places.',
  })
  related(
    @Root() article: Article,
    @Ctx() ctx: Context,
    @Args() { first }: RelatedArgs,
  ): Promise<RelatedArticle[]> {
    return ctx.loaders.related.load({
      id: article.id,
      first: first ?? 5,
      publishedAt: article.publishedAt ?? null,
    });
  }
}

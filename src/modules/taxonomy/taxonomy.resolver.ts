import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { sectionOf } from './section-cache.js';
import { rootPage } from '../../graphql/root-page.js';
import { ArticleConnection } from '../article/article.types.js';
import { articlesOf } from '../article/articles-of.js';
import { Category } from './category.entity.js';
import { Tag } from './tag.entity.js';
import { asEntities, bySlug, rowsOf } from '../../db/rows.js';

export const TagConnection = connectionType(Tag, 'Tag', 'tag');

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'Every section of the portal, in menu order.' })
  async categories(@Ctx() ctx: Context): Promise<Category[]> {
    return asEntities(
      ctx.em,
      Category,
      await rowsOf(ctx.em, ctx.em.getKnex()('category').select('*').orderBy(['position', 'id'])),
    );
  }

  @Query(() => Category, {
    nullable: true,
    description: 'A section by slug; null when there is none.',
  })
  category(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Category, slug);
  }

  @FieldResolver(() => Category, {
    nullable: true,
    description: 'The section this one sits under.',
  })
  parent(@Root() c: Category, @Ctx() ctx: Context): Category | null | Promise<Category | null> {
    return sectionOf(ctx, c.parent);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles in this section, newest first.',
  })
  articles(
    @Root() c: Category,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'category', c.id, page, info);
  }
}

@Resolver(() => Tag)
export class TagResolver {
  @Query(() => Tag, { nullable: true, description: 'A tag by slug; null when there is none.' })
  tag(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Tag, slug);
  }

  @Query(() => TagConnection, { description: 'Tags, alphabetically.' })
  async tags(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return TagConnection.from(
      await rootPage(ctx, Tag, ctx.em.getKnex()('tag as t').select('t.*'), page),
    );
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles with this tag, newest first.' })
  articles(
    @Root() t: Tag,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'tag', t.id, page, info);
  }
}

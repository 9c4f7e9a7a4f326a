import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, PageArgs } from '../../graphql/connection.js';
import { decodeCursor } from '../../db/cursor.js';
import type { Context } from '../../graphql/context.js';
import { apiError, badInput } from '../../platform/errors.js';
import { fromGlobalId } from '../../graphql/node.js';
import { blocksToHtml, blocksToText, escapeHtml } from '../../text/html.js';
import { Event } from '../event/event.entity.js';
import { Image } from '../media/image.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';
import { Category } from '../taxonomy/category.entity.js';
import { sectionOf } from '../taxonomy/section-cache.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { Article } from './article.entity.js';
import { ArticleOrder } from './article.query.js';
import { CONNECTION_NODES, preloaded, preloadRelations, relationOf } from './article.preload.js';
import { articleUrl, findVisibleArticle } from './article.service.js';
import {
  ArticleBlock,
  ArticleConnection,
  ArticleFilter,
  BodyFormat,
  ImageBlock,
  ParagraphBlock,
  ShortListArgs,
} from './article.types.js';
import { type BodyBlock } from './body-block.entity.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description:
      'One published article by slug or by id (give exactly one); null when there is none.',
  })
  async article(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { nullable: true, description: 'The article slug.' }) slug?: string,
    @Arg('id', () => ID, { nullable: true, description: 'The article global id.' }) id?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Article | null> {
    if ((slug == null) === (id == null)) throw badInput('Give exactly one of `slug` or `id`.');
    let article: Article | null;
    if (slug != null)
      article =
        slug.length > 200 ? null : await findVisibleArticle(ctx.em, { slug }, ctx.visibility);
    else {
      const ref = fromGlobalId(id!);
      if (ref.type !== 'Article')
        throw badInput(`The id is a ${ref.type} id, not an Article id.`, { argument: 'id' });
      article =
        ref.key === null ? null : await findVisibleArticle(ctx.em, { id: ref.key }, ctx.visibility);
    }
    if (article) await preloadRelations(ctx, info!, [[]], [article]);
    return article;
  }

  @Query(() => ArticleConnection, {
    description:
      'Published articles (editors: every article), filtered and ordered, a page at a time.',
  })
  async articles(
    @Ctx() ctx: Context,
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ArticleFilter, {
      nullable: true,
      description: 'Conditions the items must all meet.',
    })
    filter?: ArticleFilter,
    @Arg('orderBy', () => ArticleOrder, {
      nullable: true,
      defaultValue: ArticleOrder.PUBLISHED_AT_DESC,
      description: 'Sort order.',
    })
    orderBy?: ArticleOrder | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ArticleConnection> {
    if (filter?.status && ctx.visibility !== 'all') {
      throw apiError(
        'FORBIDDEN',
        'Filtering by editorial status needs an API key with the editor scope.',
      );
    }
    const q = ctx.loaders.articleQueries;
    const page = await q.page({
      filter,
      order: orderBy ?? ArticleOrder.PUBLISHED_AT_DESC,
      first: first ?? DEFAULT_PAGE_SIZE,
      after: after ? decodeCursor(after) : undefined,
    });
    await preloadRelations(
      ctx,
      info!,
      CONNECTION_NODES,
      page.items.map((i) => i.node),
    );
    return ArticleConnection.from({
      ...page,
      hasPreviousPage: after != null,
      count: () => q.count(filter),
    });
  }

  @Query(() => [Article], { description: 'Latest news (Tin tức mới cập nhật), newest first.' })
  async latest(
    @Ctx() ctx: Context,
    @Args() { first, category }: ShortListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Article[]> {
    const page = await ctx.loaders.articleQueries.page({
      filter: category ? { category } : undefined,
      order: ArticleOrder.PUBLISHED_AT_DESC,
      first: first ?? 10,
    });
    const articles = page.items.map((i) => i.node);
    await preloadRelations(ctx, info, [[]], articles);
    return articles;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The body: sanitised HTML (default) or plain TEXT.',
  })
  async body(
    @Root() article: Article,
    @Ctx() ctx: Context,
    @Arg('format', () => BodyFormat, {
      nullable: true,
      defaultValue: BodyFormat.HTML,
      description: 'HTML or TEXT.',
    })
    format?: BodyFormat | null,
  ): Promise<string | null> {
    const blocks = await ctx.loaders.rel.articleBlocks.load(article.id);
    if (blocks.length === 0) return null;
    const plain = blocks.map((b) => ({
      kind: b.kind,
      text: b.text,
      html: b.html,
      attribution: b.attribution,
    }));
    if (format === BodyFormat.TEXT) return blocksToText(plain);
    const images = new Map(
      (await ctx.loaders.rel.articleImages.load(article.id)).map((i) => [i.id, i]),
    );
    return blocksToHtml(
      plain.map((b, i) => ({ ...b, image: images.get(blocks[i].image?.id ?? 0) ?? null })),
    );
  }

  @FieldResolver(() => [ArticleBlock], {
    description: 'The body as typed blocks, in reading order.',
  })
  blocks(@Root() article: Article, @Ctx() ctx: Context): BodyBlock[] | Promise<BodyBlock[]> {
    return relationOf(ctx, article, 'blocks');
  }

  @FieldResolver(() => String, { description: 'Canonical URL on the portal.' })
  url(@Root() article: Article, @Ctx() ctx: Context): string {
    return articleUrl(ctx.config.portalBaseUrl, article);
  }

  @FieldResolver(() => [Person], { description: 'The byline (tác giả), in order.' })
  authors(@Root() a: Article, @Ctx() ctx: Context): Person[] | Promise<Person[]> {
    return relationOf(ctx, a, 'authors');
  }

  @FieldResolver(() => Category, {
    nullable: true,
    description: 'Section of the portal (chuyên mục).',
  })
  category(@Root() a: Article, @Ctx() ctx: Context): Category | null | Promise<Category | null> {
    const ahead = preloaded<Category | null>(ctx, a, 'category');
    return ahead !== undefined ? ahead : sectionOf(ctx, a.category);
  }

  @FieldResolver(() => [Tag], { description: 'Editorial topic labels (thẻ).' })
  tags(@Root() a: Article, @Ctx() ctx: Context): Tag[] | Promise<Tag[]> {
    return relationOf(ctx, a, 'tags');
  }

  @FieldResolver(() => [Image], { description: 'Every photo with its caption, in order.' })
  images(@Root() a: Article, @Ctx() ctx: Context): Image[] | Promise<Image[]> {
    return relationOf(ctx, a, 'images');
  }

  @FieldResolver(() => [Person], {
    description: 'People the article mentions, in order of mention.',
  })
  people(@Root() a: Article, @Ctx() ctx: Context): Person[] | Promise<Person[]> {
    return relationOf(ctx, a, 'people');
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations the article mentions.' })
  organisations(@Root() a: Article, @Ctx() ctx: Context): Organisation[] | Promise<Organisation[]> {
    return relationOf(ctx, a, 'organisations');
  }

  @FieldResolver(() => [Event], { description: 'Events the article reports on or mentions.' })
  events(@Root() a: Article, @Ctx() ctx: Context): Event[] | Promise<Event[]> {
    return relationOf(ctx, a, 'events');
  }

  @FieldResolver(() => [Place], { description: 'Places the article mentions.' })
  places(@Root() a: Article, @Ctx() ctx: Context): Place[] | Promise<Place[]> {
    return relationOf(ctx, a, 'places');
  }
}

@Resolver(() => ParagraphBlock)
export class ParagraphBlockResolver {
  @FieldResolver(() => String, {
    description:
      'The paragraph as HTML: its text escaped, with the links and emphasis an editor gave it (sanitised).',
  })
  html(@Root() block: BodyBlock): string {
    return block.html ?? escapeHtml(block.text ?? '');
  }
}

@Resolver(() => ImageBlock)
export class ImageBlockResolver {
  @FieldResolver(() => Image, { description: 'The photo, with caption and alt text.' })
  async image(@Root() block: BodyBlock, @Ctx() ctx: Context): Promise<Image> {
    // Through the article's images: the same statement as `Article.images`, whichever runs first.
    const images = await ctx.loaders.rel.articleImages.load(block.article.id);
    return images.find((i) => i.id === block.image?.id)!;
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { decodeCursor, DEFAULT_PAGE_SIZE, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/node.js';
import { blocksToHtml, blocksToText } from '../../text/html.js';
import { Event } from '../event/event.entity.js';
import { Image } from '../media/image.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';
import { Category } from '../taxonomy/category.entity.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { Article } from './article.entity.js';
import { ArticleOrder } from './article.query.js';
import { articleUrl, findPublicArticle } from './article.service.js';
import { ArticleBlock, ArticleConnection, ArticleFilter, BodyFormat, ImageBlock, LatestArgs } from './article.types.js';
import { BlockKind, type BodyBlock } from './body-block.entity.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: 'One published article by slug or by id (give exactly one); null when there is none.',
  })
  async article(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { nullable: true, description: 'The article slug.' }) slug?: string,
    @Arg('id', () => ID, { nullable: true, description: 'The article global id.' }) id?: string,
  ): Promise<Article | null> {
    if ((slug == null) === (id == null)) throw badInput('Give exactly one of `slug` or `id`.');
    if (slug != null) return slug.length > 200 ? null : findPublicArticle(ctx.em, { slug });
    const ref = fromGlobalId(id!);
    if (ref.type !== 'Article') throw badInput(`The id is a ${ref.type} id, not an Article id.`, { argument: 'id' });
    return findPublicArticle(ctx.em, { id: ref.key });
  }

  @Query(() => ArticleConnection, { description: 'Published articles, filtered and ordered, a page at a time.' })
  async articles(
    @Ctx() ctx: Context,
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Conditions the items must all meet.' }) filter?: ArticleFilter,
    @Arg('orderBy', () => ArticleOrder, { nullable: true, defaultValue: ArticleOrder.PUBLISHED_AT_DESC, description: 'Sort order.' }) orderBy?: ArticleOrder | null,
  ): Promise<ArticleConnection> {
    const q = ctx.loaders.articleQueries;
    const page = await q.page({
      filter,
      order: orderBy ?? ArticleOrder.PUBLISHED_AT_DESC,
      first: first ?? DEFAULT_PAGE_SIZE,
      after: after ? decodeCursor(after) : undefined });
    return ArticleConnection.from({ ...page, hasPreviousPage: after != null, count: () => q.count(filter) });
  }

  @Query(() => [Article], { description: 'Latest news (Tin tức mới cập nhật), newest first.' })
  async latest(@Ctx() ctx: Context, @Args() { first, category }: LatestArgs): Promise<Article[]> {
    const page = await ctx.loaders.articleQueries.page({
      filter: category ? { category } : undefined,
      order: ArticleOrder.PUBLISHED_AT_DESC,
      first: first ?? 10,
    });
    return page.items.map((i) => i.node);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The body: sanitised HTML (default) or plain TEXT.' })
  async body(
    @Root() article: Article,
    @Arg('format', () => BodyFormat, { nullable: true, defaultValue: BodyFormat.HTML, description: 'HTML or TEXT.' }) format?: BodyFormat | null,
  ): Promise<string | null> {
    const blocks = (await article.blocks.load()).getItems();
    if (blocks.length === 0) return null;
    const plain = blocks.map((b) => ({ kind: b.kind, text: b.text, attribution: b.attribution }));
    if (format === BodyFormat.TEXT) return blocksToText(plain);
    const images = await Promise.all(blocks.map((b) => (b.kind === BlockKind.IMAGE ? b.image?.load() : null)));
    return blocksToHtml(plain.map((b, i) => ({ ...b, image: images[i] ?? null })));
  }

  @FieldResolver(() => [ArticleBlock], { description: 'The body as typed blocks, in reading order.' })
  async blocks(@Root() article: Article): Promise<BodyBlock[]> {
    return (await article.blocks.load()).getItems();
  }

  @FieldResolver(() => String, { description: 'Canonical URL on the portal.' })
  url(@Root() article: Article, @Ctx() ctx: Context): string {
    return articleUrl(ctx.config.portalBaseUrl, article);
  }

  @FieldResolver(() => [Person], { description: 'The byline (tác giả), in order.' })
  async authors(@Root() a: Article): Promise<Person[]> {
    return (await a.authors.load()).getItems();
  }

  @FieldResolver(() => Category, { nullable: true, description: 'Section of the portal (chuyên mục).' })
  async category(@Root() a: Article): Promise<Category | null> {
    return (await a.category?.load()) ?? null;
  }

  @FieldResolver(() => [Tag], { description: 'Editorial topic labels (thẻ).' })
  async tags(@Root() a: Article): Promise<Tag[]> {
    return (await a.tags.load()).getItems();
  }

  @FieldResolver(() => [Image], { description: 'Every photo with its caption, in order.' })
  async images(@Root() a: Article): Promise<Image[]> {
    return (await a.images.load()).getItems();
  }

  @FieldResolver(() => [Person], { description: 'People the article mentions, in order of mention.' })
  async people(@Root() a: Article): Promise<Person[]> {
    return (await a.people.load()).getItems();
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations the article mentions.' })
  async organisations(@Root() a: Article): Promise<Organisation[]> {
    return (await a.organisations.load()).getItems();
  }

  @FieldResolver(() => [Event], { description: 'Events the article reports on or mentions.' })
  async events(@Root() a: Article): Promise<Event[]> {
    return (await a.events.load()).getItems();
  }

  @FieldResolver(() => [Place], { description: 'Places the article mentions.' })
  async places(@Root() a: Article): Promise<Place[]> {
    return (await a.places.load()).getItems();
  }
}

@Resolver(() => ImageBlock)
export class ImageBlockResolver {
  @FieldResolver(() => Image, { description: 'The photo, with caption and alt text.' })
  async image(@Root() block: BodyBlock): Promise<Image> {
    return block.image!.load() as Promise<Image>;
  }
}

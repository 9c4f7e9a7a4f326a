import { MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { loadRef } from '../../graphql/relations.js';
import { rootPage } from '../../graphql/root-page.js';
import { ArticleConnection } from '../article/article.types.js';
import { articlesOf } from '../article/articles-of.js';
import { Place, PlaceKind } from './place.entity.js';
import { bySlug } from '../../db/rows.js';

export const PlaceConnection = connectionType(Place, 'Place', 'place');

@InputType({ description: 'Narrows a list of places.' })
export class PlaceFilter {
  @Field(() => PlaceKind, { nullable: true, description: 'Only this kind.' })
  kind?: PlaceKind;

  @Field(() => String, { nullable: true, description: 'Slug of the containing place.' })
  @MaxLength(200)
  parent?: string;
}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'A place by slug; null when there is none.' })
  place(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Place, slug);
  }

  @Query(() => PlaceConnection, { description: 'Places, alphabetically by name without accents.' })
  async places(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => PlaceFilter, {
      nullable: true,
      description: 'Conditions the items must all meet.',
    })
    filter?: PlaceFilter,
  ) {
    const knex = ctx.em.getKnex();
    const qb = knex('place as t').select('t.*');
    if (filter?.kind) qb.where('t.kind', filter.kind);
    if (filter?.parent)
      qb.whereIn('t.parent_id', knex('place').select('id').where('slug', filter.parent));
    return PlaceConnection.from(await rootPage(ctx, Place, qb, page));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place containing this one.' })
  parent(@Root() p: Place, @Ctx() ctx: Context): Promise<Place | null> {
    return loadRef(ctx.loaders.rel.place, p.parent);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles mentioning this place, newest first.',
  })
  articles(
    @Root() p: Place,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'place', p.id, page, info);
  }
}

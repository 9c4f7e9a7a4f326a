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
import { Event } from '../event/event.entity.js';
import { Place } from '../place/place.entity.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';
import { bySlug } from '../../db/rows.js';

export const OrganisationConnection = connectionType(Organisation, 'Organisation', 'organisation');

@InputType({ description: 'Narrows a list of organisations.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only this kind.' })
  kind?: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the parent: only its direct units.',
  })
  @MaxLength(200)
  parent?: string;

  @Field(() => String, { nullable: true, description: 'Slug of the country.' })
  @MaxLength(200)
  country?: string;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'An organisation by slug; null when there is none.',
  })
  organisation(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Organisation, slug);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations, alphabetically by name without accents.',
  })
  async organisations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganisationFilter, {
      nullable: true,
      description: 'Conditions the items must all meet.',
    })
    filter?: OrganisationFilter,
  ) {
    const knex = ctx.em.getKnex();
    const qb = knex('organisation as t').select('t.*');
    if (filter?.kind) qb.where('t.kind', filter.kind);
    if (filter?.parent)
      qb.whereIn('t.parent_id', knex('organisation').select('id').where('slug', filter.parent));
    if (filter?.country)
      qb.whereIn('t.country_id', knex('place').select('id').where('slug', filter.country));
    return OrganisationConnection.from(await rootPage(ctx, Organisation, qb, page));
  }

  @FieldResolver(() => Place, {
    nullable: true,
    description: 'Country it belongs to, when stated.',
  })
  country(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Place | null> {
    return loadRef(ctx.loaders.rel.place, o.country);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation this one belongs to: Cục ... -> Bộ Công an.',
  })
  parent(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return loadRef(ctx.loaders.rel.organisation, o.parent);
  }

  @FieldResolver(() => [Organisation], { description: 'Units directly under this one.' })
  children(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.loaders.rel.organisationChildren.load(o.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Who funds it (nhà tài trợ), when stated.' })
  funders(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.loaders.rel.organisationFunders.load(o.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles mentioning this organisation, newest first.',
  })
  articles(
    @Root() o: Organisation,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'organisation', o.id, page, info);
  }

  @FieldResolver(() => [Event], { description: 'Events it organised or took part in, by start.' })
  events(@Root() o: Organisation, @Ctx() ctx: Context): Promise<Event[]> {
    return ctx.loaders.eventsOfOrganisation.load(o.id);
  }
}

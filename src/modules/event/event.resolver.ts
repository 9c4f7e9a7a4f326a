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
import { badInput } from '../../platform/errors.js';
import { rootPage } from '../../graphql/root-page.js';
import { DateTime } from '../../graphql/scalars.js';
import type { SortSpec } from '../../db/keyset.js';
import { ArticleConnection } from '../article/article.types.js';
import { articlesOf } from '../article/articles-of.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Place } from '../place/place.entity.js';
import { Event, EventKind } from './event.entity.js';
import { bySlug } from '../../db/rows.js';

export const EventConnection = connectionType(Event, 'Event', 'event');

@InputType({ description: 'Narrows a list of events.' })
export class EventFilter {
  @Field(() => EventKind, { nullable: true, description: 'Only this kind.' })
  kind?: EventKind;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Only events still going on at or after this instant.',
  })
  from?: Date;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Only events starting before this instant.',
  })
  to?: Date;

  @Field(() => String, { nullable: true, description: 'Slug of the place.' })
  @MaxLength(200)
  place?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of an organisation that organised or took part.',
  })
  @MaxLength(200)
  organisation?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the parent event: only its sub-events.',
  })
  @MaxLength(200)
  parent?: string;
}

/** Newest first; events without a known date last. */
const byStart: SortSpec = {
  column: 't.starts_at',
  field: 'starts_at',
  dir: 'desc',
  type: 'date',
  nullable: true,
  id: 't.id',
};

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'An event by slug; null when there is none.' })
  event(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Event, slug);
  }

  @Query(() => EventConnection, {
    description: 'Events, latest start first; filter by kind, date range, place, organisation.',
  })
  async events(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => EventFilter, {
      nullable: true,
      description: 'Conditions the items must all meet.',
    })
    filter?: EventFilter,
  ) {
    const knex = ctx.em.getKnex();
    const date = (d: Date) => ctx.em.getPlatform().processDateProperty(d) as never;
    const qb = knex('event as t').select('t.*');
    if (filter?.from && filter?.to && filter.from > filter.to) {
      throw badInput('`filter.from` must not be after `filter.to`.', { argument: 'filter' });
    }
    if (filter?.kind) qb.where('t.kind', filter.kind);
    // Overlap with [from, to): an event with no end is taken to end when it starts.
    if (filter?.from) qb.whereRaw('coalesce(t.ends_at, t.starts_at) >= ?', [date(filter.from)]);
    if (filter?.to) qb.where('t.starts_at', '<', date(filter.to));
    if (filter?.place)
      qb.whereIn('t.place_id', knex('place').select('id').where('slug', filter.place));
    if (filter?.parent)
      qb.whereIn('t.parent_id', knex('event').select('id').where('slug', filter.parent));
    if (filter?.organisation) {
      const org = knex('organisation').select('id').where('slug', filter.organisation);
      qb.where((q) =>
        q
          .whereIn(
            't.id',
            knex('event_organisers').select('event_id').whereIn('organisation_id', org),
          )
          .orWhereIn(
            't.id',
            knex('event_participants').select('event_id').whereIn('organisation_id', org.clone()),
          ),
      );
    }
    return EventConnection.from(await rootPage(ctx, Event, qb, page, byStart));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it takes place, when stated.' })
  place(@Root() e: Event, @Ctx() ctx: Context): Promise<Place | null> {
    return loadRef(ctx.loaders.rel.place, e.place);
  }

  @FieldResolver(() => [Organisation], {
    description: 'Who organised it (for an operation: who coordinated it).',
  })
  organisers(@Root() e: Event, @Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.loaders.rel.eventOrganisers.load(e.id);
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations that took part.' })
  participants(@Root() e: Event, @Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.loaders.rel.eventParticipants.load(e.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event this one is part of.' })
  parent(@Root() e: Event, @Ctx() ctx: Context): Promise<Event | null> {
    return loadRef(ctx.loaders.rel.event, e.parent);
  }

  @FieldResolver(() => [Event], {
    description: 'Parts of this event: opening ceremony, working sessions, ...',
  })
  subEvents(@Root() e: Event, @Ctx() ctx: Context): Promise<Event[]> {
    return ctx.loaders.rel.eventSubEvents.load(e.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles about this event, newest first.',
  })
  articles(
    @Root() e: Event,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'event', e.id, page, info);
  }
}

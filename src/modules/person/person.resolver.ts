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
import { articlesOf } from '../article/articles-of.js';
import { ArticleConnection } from '../article/article.types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';
import { bySlug } from '../../db/rows.js';

export const PersonConnection = connectionType(Person, 'Person', 'person');

@InputType({ description: 'Narrows a list of people.' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Slug of an organisation they hold or held a position in.',
  })
  @MaxLength(200)
  organisation?: string;

  @Field(() => String, { nullable: true, description: 'Exact rank: "Thượng tướng".' })
  @MaxLength(200)
  rank?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: 'A person by slug; null when there is none.',
  })
  person(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'Its slug, as in URLs.' }) slug: string,
  ) {
    return bySlug(ctx.em, Person, slug);
  }

  @Query(() => PersonConnection, { description: 'People, alphabetically by name without accents.' })
  async people(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => PersonFilter, {
      nullable: true,
      description: 'Conditions the items must all meet.',
    })
    filter?: PersonFilter,
  ) {
    const knex = ctx.em.getKnex();
    const qb = knex('person as t').select('t.*');
    if (filter?.rank) qb.where('t.rank', filter.rank);
    if (filter?.organisation) {
      qb.whereIn(
        't.id',
        knex('position as p')
          .join('organisation as o', 'o.id', 'p.organisation_id')
          .where('o.slug', filter.organisation)
          .select('p.person_id'),
      );
    }
    return PersonConnection.from(await rootPage(ctx, Person, qb, page));
  }

  @FieldResolver(() => [Position], {
    description: 'Positions held, current first where dates are known.',
  })
  positions(@Root() person: Person, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.rel.personPositions.load(person.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles this person wrote or is mentioned in, newest first.',
  })
  articles(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return articlesOf(ctx, 'person', person.id, page, info);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Where the role is held, when stated.',
  })
  organisation(@Root() position: Position, @Ctx() ctx: Context): Promise<Organisation | null> {
    return loadRef(ctx.loaders.rel.organisation, position.organisation);
  }
}

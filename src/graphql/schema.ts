import { validateArguments } from './validate-arguments.js';
import 'reflect-metadata';
import {
  lexicographicSortSchema,
  printSchema,
  specifiedDirectives,
  type GraphQLSchema,
  type GraphQLUnionType,
} from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  ArticleResolver,
  ImageBlockResolver,
  ParagraphBlockResolver,
} from '../modules/article/article.resolver.js';
import { blockTypeName } from '../modules/article/article.types.js';
import type { BodyBlock } from '../modules/article/body-block.entity.js';
import { EventResolver } from '../modules/event/event.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { PersonResolver, PositionResolver } from '../modules/person/person.resolver.js';
import { PlaceResolver } from '../modules/place/place.resolver.js';
import { CategoryResolver, TagResolver } from '../modules/taxonomy/taxonomy.resolver.js';
import { PopularityResolver } from '../modules/popularity/popularity.resolver.js';
import { RelatedResolver } from '../modules/related/related.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { cacheControlDirective } from './cache-control.js';
import { nullArgumentsAsAbsent } from './null-arguments.js';
import { NodeResolver } from './node.resolver.js';
import { ViewerResolver } from '../modules/access/viewer.resolver.js';
import {
  ArticleRevisionResolver,
  EditorialResolver,
} from '../modules/editorial/editorial.resolver.js';
import {
  ArticleFormatsResolver,
  ChangeResolver,
} from '../modules/syndication/syndication.resolver.js';

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      ArticleResolver,
      ImageBlockResolver,
      ParagraphBlockResolver,
      PersonResolver,
      PositionResolver,
      OrganisationResolver,
      EventResolver,
      PlaceResolver,
      CategoryResolver,
      TagResolver,
      PopularityResolver,
      RelatedResolver,
      SearchResolver,
      ViewerResolver,
      EditorialResolver,
      ArticleRevisionResolver,
      ChangeResolver,
      ArticleFormatsResolver,
    ],
    // Arguments are validated (class-validator) before any resolver sees them; what passed is
    // remembered (validate-arguments.ts).
    validateFn: validateArguments,
    directives: [...specifiedDirectives, cacheControlDirective],
  });
  nullArgumentsAsAbsent(schema);
  // type-graphql wraps a union's resolveType in an async function, so every block of a body
  // completed through a promise (460 of them on a PartnerPull page of 100 articles). A block's
  // kind names its type at once.
  (schema.getType('ArticleBlock') as GraphQLUnionType).resolveType = (block) =>
    blockTypeName(block as BodyBlock);
  // type-graphql has no option for the root types' descriptions; the explorer shows them first.
  schema.getQueryType()!.description =
    'Reading the portal: articles, people, organisations, events, places, sections and tags; most read, latest and search.';
  schema.getMutationType()!.description =
    'Writes: editors create, correct, publish, schedule, withdraw and delete articles (editor keys only); anyone counts page views.';
  return schema;
}

/** The SDL committed as schema.graphql; sorted so diffs show meaning, not declaration order. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

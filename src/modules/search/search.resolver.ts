import { ArrayMaxSize, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  Ctx,
  Field,
  Float,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  createUnionType,
} from 'type-graphql';
import { DEFAULT_PAGE_SIZE, PageArgs, PageInfo } from '../../graphql/connection.js';
import { decodeCursor, encodeCursor } from '../../db/cursor.js';
import type { Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/scalars.js';
import { Article } from '../article/article.entity.js';
import { Event } from '../event/event.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { SearchHitType } from './search-entry.entity.js';
import { candidates, highlights, parseQuery, rankAll, withBodies } from './search.query.js';

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'What search finds: an article, a person, an organisation or an event.',
  types: () => [Article, Person, Organisation, Event] as const,
});

@ObjectType({ description: 'Where a hit matched, with the matched words marked.' })
export class SearchHighlight {
  @Field({
    description:
      'Which text matched: title or body (articles); name or details (people, organisations, events).',
  })
  field!: string;

  @Field({
    description: 'The original accented text, HTML-escaped, matched words in <mark>…</mark>.',
  })
  snippet!: string;
}

@ObjectType({ description: 'One search hit and its place in the results.' })
export class SearchEdge {
  @Field({ description: 'Opaque position: pass it as `after` for the hits that follow.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The object found.' })
  node!: Article | Person | Organisation | Event;

  @Field(() => Float, { description: 'Relevance: higher first.' })
  score!: number;

  @Field(() => [SearchHighlight], { description: 'The matched words in context.' })
  highlights!: SearchHighlight[];
}

@ObjectType({ description: 'A page of search hits, most relevant first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits with cursors, scores and highlights.' })
  edges!: SearchEdge[];

  @Field(() => [SearchHit], { description: 'The objects of `edges`.' })
  nodes!: (Article | Person | Organisation | Event)[];

  @Field(() => PageInfo, { description: 'Cursors and whether more hits follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many hits were ranked: title and name hits, people, organisations and events, and the newest matches (at most 800).',
  })
  totalCount!: number;
}

@InputType({ description: 'Narrows a search; article conditions leave only articles.' })
export class SearchFilter {
  @Field(() => [SearchHitType], { nullable: true, description: 'Only these kinds of hit.' })
  @ArrayMaxSize(4)
  types?: SearchHitType[];

  @Field(() => String, { nullable: true, description: 'Articles in this category (slug).' })
  @MaxLength(200)
  category?: string;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Articles published at or after this instant.',
  })
  publishedAfter?: Date;

  @Field(() => DateTime, { nullable: true, description: 'Articles published before this instant.' })
  publishedBefore?: Date;

  @Field(() => String, { nullable: true, description: 'Articles mentioning this person (slug).' })
  @MaxLength(200)
  person?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Articles mentioning this organisation (slug).',
  })
  @MaxLength(200)
  organisation?: string;

  @Field(() => String, { nullable: true, description: 'Articles about this event (slug).' })
  @MaxLength(200)
  event?: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search without the need for accents: "toi pham mang" finds "tội phạm mạng". Words in "quotes" must appear together; the last word matches as a prefix while typing. Exact accents, titles and names rank first.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: `What to look for, up to 200 characters.` })
    query: string,
    @Args() page: PageArgs,
    @Arg('filter', () => SearchFilter, {
      nullable: true,
      description: 'Conditions the hits must all meet.',
    })
    filter?: SearchFilter,
  ): Promise<SearchConnection> {
    const parsed = parseQuery(query);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const ranked = await rankAll(
      ctx.em,
      parsed,
      await candidates(ctx.em, parsed, filter ?? {}, ctx.visibility),
    );
    let start = 0;
    if (page.after) {
      const [score, id] = decodeCursor(page.after);
      start = ranked.findIndex(
        (r) => r.rank < Number(score) || (r.rank === Number(score) && r.entryId > id),
      );
      if (start < 0) start = ranked.length;
    }
    const slice = ranked.slice(start, start + first);
    await withBodies(ctx.em, slice);
    const loaders = ctx.loaders.rel;
    const nodes = await Promise.all(
      slice.map((r) =>
        r.kind === SearchHitType.ARTICLE
          ? loaders.article.load(r.refId)
          : r.kind === SearchHitType.PERSON
            ? loaders.person.load(r.refId)
            : r.kind === SearchHitType.ORGANISATION
              ? loaders.organisation.load(r.refId)
              : loaders.event.load(r.refId),
      ),
    );
    const edges = slice.map((r, i) =>
      Object.assign(new SearchEdge(), {
        cursor: encodeCursor([r.rank, r.entryId]),
        node: nodes[i]!,
        score: r.rank,
        highlights: highlights(parsed, r).map((h) => Object.assign(new SearchHighlight(), h)),
      }),
    );
    return Object.assign(new SearchConnection(), {
      edges,
      nodes: edges.map((e) => e.node),
      totalCount: ranked.length,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: start + first < ranked.length,
        hasPreviousPage: page.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }
}

// The change feed (`changes`) and the partner formats of an article (`ninjs`, `jsonLd`).
import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { decodeCursor, encodeCursor, notACursor } from '../../db/cursor.js';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { DateTime } from '../../graphql/scalars.js';
import { Article } from '../article/article.entity.js';
import { ChangeKind } from './article-change.entity.js';
import { articleDocument } from './article-document.js';
import { readChanges } from './change-log.js';
import { rowsOf } from '../../db/rows.js';
import { jsonLdOf } from './json-ld.js';
import { ninjsOf } from './ninjs.js';

export const MAX_CHANGES_PAGE = 1000;

@ObjectType({ description: 'One change a partner mirroring us must apply, in feed order.' })
export class Change {
  @Field(() => ChangeKind, { description: 'PUBLISHED, UPDATED, WITHDRAWN or DELETED.' })
  kind!: ChangeKind;

  @Field(() => DateTime, { description: 'When it took effect.' })
  at!: Date;

  @Field(() => ID, { description: 'The article id (global), also for tombstones.' })
  articleId!: string;

  @Field({ description: 'The article slug when the change was made.' })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was withdrawn, when the newsroom gave a reason.',
  })
  reason!: string | null;

  /** The article's key, for `article`. */
  key!: number;
}

export const ChangeConnection = connectionType(Change, 'Change', 'change');
export type ChangeConnection = InstanceType<typeof ChangeConnection>;

@ArgsType()
class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The cursor of the last change you applied (`pageInfo.endCursor`); none: from the start.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 100,
    description: `How many changes, 1..${MAX_CHANGES_PAGE}.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_CHANGES_PAGE)
  first?: number | null;
}

/** A cursor before every change: the earliest time a date can hold, and no id. */
const FEED_START = encodeCursor([-8.64e15, 0]);

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'The change feed, oldest first: every publication, update, withdrawal and deletion of a public article. Store `pageInfo.endCursor` and pull again from it: no change is ever missed, even one that committed late.',
  })
  async changes(
    @Ctx() ctx: Context,
    @Args() { after, first }: ChangesArgs,
  ): Promise<ChangeConnection> {
    let position: [number, number] | null = null;
    if (after) {
      const [at, id] = decodeCursor(after);
      // A change's time, in whole milliseconds within the range of a date.
      if (!Number.isSafeInteger(at) || Math.abs(at as number) > 8.64e15) throw notACursor();
      position = [at as number, id];
    }
    const size = first ?? 100;
    const rows = await readChanges(ctx.em, position, size + 1);
    const items = rows.slice(0, size).map((r) => {
      const atMs = Number(r.at_ms);
      const change = Object.assign(new Change(), {
        kind: r.kind,
        at: new Date(atMs),
        articleId: toGlobalId('Article', Number(r.article_id)),
        slug: r.slug,
        reason: r.reason ?? null,
        key: Number(r.article_id),
      });
      return { node: change, cursor: encodeCursor([atMs, Number(r.id)]) };
    });
    return ChangeConnection.from({
      items,
      hasNextPage: rows.length > size,
      hasPreviousPage: after != null,
      // An empty page hands back where to resume: a client that stores `endCursor` and pulls
      // again from it must never be sent back to the start of the feed.
      resumeCursor: after ?? FEED_START,
      // The feed only grows; its length is the last position's count, cheap enough per page.
      count: async () =>
        Number(
          (
            await rowsOf<{ n: number }>(
              ctx.em,
              ctx.em.getKnex()('article_change').count('* as n').where('at_ms', '<=', Date.now()),
            )
          )[0].n,
        ),
    });
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description:
      'The article as it is now, when you may see it; null for WITHDRAWN and DELETED (and for an article withdrawn since).',
  })
  article(@Root() change: Change, @Ctx() ctx: Context): Promise<Article | null> | null {
    if (change.kind === ChangeKind.WITHDRAWN || change.kind === ChangeKind.DELETED) return null;
    return ctx.loaders.visibleArticle.load(change.key);
  }
}

@Resolver(() => Article)
export class ArticleFormatsResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    description: 'The article as IPTC ninjs 3.1 (News in JSON), as at /ninjs/articles/<slug>.json.',
  })
  async ninjs(@Root() article: Article, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return ninjsOf(await articleDocument(ctx, article));
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The article as schema.org NewsArticle JSON-LD, for a page\'s <script type="application/ld+json">.',
  })
  async jsonLd(@Root() article: Article, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return jsonLdOf(await articleDocument(ctx, article)) as unknown as Record<string, unknown>;
  }
}

// Editors' writes and tools. Thin: checks who is calling and what was sent, then hands over to
// editorial.service.ts. Only keys with the editor scope write (no key: 401; another key: 403).
import { IsOptional, Min, Max } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  createUnionType,
} from 'type-graphql';
import { cacheHint } from '../../graphql/cache-control.js';
import { connectionType, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection.js';
import { decodeCursor, encodeCursor, notACursor } from '../../db/cursor.js';
import type { Context } from '../../graphql/context.js';
import { apiError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { DateTime } from '../../graphql/scalars.js';
import { asEntities, rowsOf } from '../../db/rows.js';
import { callerClass } from '../access/caller.js';
import { Article, ArticleStatus } from '../article/article.entity.js';
import { Event } from '../event/event.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';
import { ArticleRevision, FieldChange } from './article-revision.entity.js';
import { ArticleInput, LIMITS } from './article.input.js';
import {
  articleNotFound,
  createArticle,
  deleteArticle,
  publishArticle,
  updateArticle,
  withdrawArticle,
} from './editorial.service.js';
import { suggestLinks } from './suggest-links.js';
import { checkArticleInput, checkPublicationTime, fieldError } from './validate.js';

@ObjectType({ description: 'What a write answers: the article as it now is.' })
export class ArticlePayload {
  @Field(() => Article, { description: 'The article after the write, with its new `version`.' })
  article!: Article;
}

@ObjectType({ description: 'What deleteArticle answers.' })
export class DeleteArticlePayload {
  @Field(() => ID, { description: 'The id the deleted article had.' })
  deletedId!: string;
}

export const SuggestedEntity = createUnionType({
  name: 'SuggestedEntity',
  description: 'Something an article can link to: a person, an organisation, an event or a place.',
  types: () => [Person, Organisation, Event, Place] as const,
});

@ObjectType({ description: 'A mention found in a text, and what it names.' })
export class LinkSuggestion {
  @Field(() => SuggestedEntity, { description: 'What the text mentions.' })
  entity!: Person | Organisation | Event | Place;

  @Field({ description: 'The words as written in the text.' })
  matched!: string;

  @Field(() => Int, {
    description: 'Where they start in the text (UTF-16 code units, as JavaScript indexes strings).',
  })
  start!: number;

  @Field(() => Int, { description: 'Where they end (exclusive).' })
  end!: number;
}

export const ArticleRevisionConnection = connectionType(
  ArticleRevision,
  'ArticleRevision',
  'revision',
);
export type ArticleRevisionConnection = InstanceType<typeof ArticleRevisionConnection>;

@ArgsType()
class HistoryArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many revisions, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}), newest first.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Revisions older than this cursor.' })
  after?: string | null;
}

/** Writes, and the editors' own reads, need a key with the editor scope; `what` names which in the answer. */
function requireEditor(ctx: Context, what = 'Writing') {
  if (ctx.caller.kind === 'anonymous') {
    throw apiError(
      'UNAUTHENTICATED',
      `${what} needs an API key with the editor scope: send \`Authorization: Bearer <key>\`.`,
    );
  }
  if (callerClass(ctx.caller) !== 'editor') {
    throw apiError(
      'FORBIDDEN',
      what === 'Writing'
        ? 'This API key may read but not write: writing needs the editor scope.'
        : `This API key has no editor scope, which ${what.charAt(0).toLowerCase()}${what.slice(1)} needs.`,
    );
  }
}

function articleIdOf(id: string): number {
  const ref = fromGlobalId(id);
  if (ref.type !== 'Article')
    throw apiError('BAD_USER_INPUT', `The id is a ${ref.type} id, not an Article id.`, {
      argument: 'id',
      field: 'id',
    });
  if (ref.key === null) throw articleNotFound();
  return ref.key;
}

const payload = (article: Article) => Object.assign(new ArticlePayload(), { article });

@Resolver(() => Article)
export class EditorialResolver {
  @Mutation(() => ArticlePayload, {
    description: 'Editors: writes a new article, a DRAFT unless `input.status` says PUBLISHED.',
  })
  @Directive(cacheHint.never)
  async createArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => ArticleInput, { description: 'The article.' }) input: ArticleInput,
  ): Promise<ArticlePayload> {
    requireEditor(ctx);
    return payload(await createArticle(ctx, checkArticleInput(input, 'create')));
  }

  @Mutation(() => ArticlePayload, {
    description:
      'Editors: changes an article. `version` is the one you read; if it moved on, CONFLICT (409) and nothing changes.',
  })
  @Directive(cacheHint.never)
  async updateArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('input', () => ArticleInput, {
      description: 'What to change: fields left out keep their value.',
    })
    input: ArticleInput,
  ): Promise<ArticlePayload> {
    requireEditor(ctx);
    const articleId = articleIdOf(id);
    return payload(
      await updateArticle(ctx, articleId, version, checkArticleInput(input, 'update')),
    );
  }

  @Mutation(() => ArticlePayload, {
    description:
      'Editors: publishes now, or schedules for `at` (hẹn giờ): it appears on every public path at that time.',
  })
  @Directive(cacheHint.never)
  async publishArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('at', () => DateTime, {
      nullable: true,
      description: `When: now when left out; up to ${LIMITS.scheduleDays} days ahead.`,
    })
    at?: Date | null,
  ): Promise<ArticlePayload> {
    requireEditor(ctx);
    const articleId = articleIdOf(id);
    checkPublicationTime(at, 'at');
    return payload(await publishArticle(ctx, articleId, version, at ?? null));
  }

  @Mutation(() => ArticlePayload, {
    description:
      'Editors: takes an article down (gỡ bài): at once off every public path and cache. The reason is kept in its history.',
  })
  @Directive(cacheHint.never)
  async withdrawArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, {
      description: `Why, for the record (1..${LIMITS.reason} characters).`,
    })
    reason: string,
  ): Promise<ArticlePayload> {
    requireEditor(ctx);
    const articleId = articleIdOf(id);
    const why = reason.trim();
    if (!why || why.length > LIMITS.reason)
      throw fieldError('reason', `\`reason\` must be 1 to ${LIMITS.reason} characters.`);
    return payload(await withdrawArticle(ctx, articleId, version, why));
  }

  @Mutation(() => DeleteArticlePayload, {
    description:
      'Editors: deletes an article for good (its history stays). To take a story down, prefer withdrawArticle.',
  })
  @Directive(cacheHint.never)
  async deleteArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ): Promise<DeleteArticlePayload> {
    requireEditor(ctx);
    const articleId = articleIdOf(id);
    await deleteArticle(ctx, articleId, version);
    return Object.assign(new DeleteArticlePayload(), {
      deletedId: toGlobalId('Article', articleId),
    });
  }

  @Query(() => [LinkSuggestion], {
    description:
      'Editors: the people, organisations, events and places a text mentions, to link them.',
  })
  @Directive(cacheHint.never)
  async suggestLinks(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: `The text (up to ${LIMITS.body} characters).` })
    text: string,
  ): Promise<LinkSuggestion[]> {
    requireEditor(ctx, "Suggesting links (an editors' tool)");
    if (text.length > LIMITS.body)
      throw fieldError(
        'text',
        `\`text\` is ${text.length} characters long; at most ${LIMITS.body} are allowed.`,
      );
    return (await suggestLinks(ctx.em, text)).map((s) => Object.assign(new LinkSuggestion(), s));
  }

  @FieldResolver(() => ArticleStatus, {
    description: 'Editorial state: always PUBLISHED for callers without the editor scope.',
  })
  status(@Root() article: Article): ArticleStatus {
    return article.withdrawnAt ? ArticleStatus.WITHDRAWN : article.status;
  }

  @FieldResolver(() => DateTime, {
    nullable: true,
    description: 'Editors: when it was withdrawn (gỡ bài); empty otherwise.',
  })
  withdrawnAt(@Root() article: Article): Date | null {
    return article.withdrawnAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Editors: why it was withdrawn.' })
  withdrawalReason(@Root() article: Article): string | null {
    return article.withdrawalReason ?? null;
  }

  @FieldResolver(() => ArticleRevisionConnection, {
    description: 'Editors: every write to the article, newest first: who, when, what changed.',
  })
  @Directive(cacheHint.never)
  async history(
    @Root() article: Article,
    @Ctx() ctx: Context,
    @Args() { first, after }: HistoryArgs,
  ): Promise<ArticleRevisionConnection> {
    requireEditor(ctx, "Reading an article's history");
    const size = first ?? DEFAULT_PAGE_SIZE;
    const before = after ? decodeCursor(after)[1] : null;
    if (after && decodeCursor(after)[0] !== 'rev') throw notACursor();
    const knex = ctx.em.getKnex();
    const q = knex('article_revision')
      .select('*')
      .where('article_id', article.id)
      .orderBy('id', 'desc')
      .limit(size + 1);
    if (before != null) q.andWhere('id', '<', before);
    const rows = asEntities(ctx.em, ArticleRevision, await rowsOf(ctx.em, q));
    return ArticleRevisionConnection.from({
      items: rows.slice(0, size).map((r) => ({ node: r, cursor: encodeCursor(['rev', r.id]) })),
      hasNextPage: rows.length > size,
      hasPreviousPage: after != null,
      count: async () =>
        Number(
          (
            await rowsOf<{ n: number }>(
              ctx.em,
              knex('article_revision').count('* as n').where('article_id', article.id),
            )
          )[0].n,
        ),
    });
  }
}

@Resolver(() => ArticleRevision)
export class ArticleRevisionResolver {
  @FieldResolver(() => [FieldChange], {
    description: 'The fields this write changed, with before and after.',
  })
  changes(@Root() revision: ArticleRevision): FieldChange[] {
    return (JSON.parse(revision.changes) as FieldChange[]).map((c) =>
      Object.assign(new FieldChange(), c),
    );
  }
}

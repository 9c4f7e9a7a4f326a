// The write side: each mutation is one transaction holding the article, its links, body and
// photos, the search entry (search.subscriber.ts, before commit), the revision, the retired slug
// and the idempotency record. A stale `version` is a CONFLICT and changes nothing; the row is
// locked (PostgreSQL: FOR UPDATE; SQLite has one writer) before its version is compared.
import { UniqueConstraintViolationException, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { rowOf, rowsOf } from '../../db/rows.js';
import type { Context } from '../../graphql/context.js';
import { apiError } from '../../platform/errors.js';
import { slugify } from '../../text/vietnamese.js';
import { Article, ArticleStatus } from '../article/article.entity.js';
import { findVisibleArticle } from '../article/article.service.js';
import { BodyBlock, BlockKind } from '../article/body-block.entity.js';
import { Event } from '../event/event.entity.js';
import { Image } from '../media/image.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Place } from '../place/place.entity.js';
import { Category } from '../taxonomy/category.entity.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { ArticleRevision, RevisionAction } from './article-revision.entity.js';
import { ArticleSlug } from './article-slug.entity.js';
import type { BlockDraft, ImageDraft } from './body-html.js';
import { recordIdempotentWrite } from './idempotency.js';
import { changesBetween, snapshotOf, type Snapshot } from './snapshot.js';
import { fieldError, type ArticleDraft, type LinkField } from './validate.js';
import { ChangeKind } from '../syndication/article-change.entity.js';
import { dropScheduled, logChanges, type ChangeEntry } from '../syndication/change-log.js';

/** Where an article stands for partners: public now, scheduled for a time, or not public. */
type Standing = { public: boolean; scheduledAt: Date | null };

function standingOf(
  a: Pick<Article, 'status' | 'withdrawnAt' | 'publishedAt'>,
  now = Date.now(),
): Standing {
  const live = a.status === ArticleStatus.PUBLISHED && !a.withdrawnAt;
  const future = a.publishedAt != null && a.publishedAt.getTime() > now;
  return { public: live && !future, scheduledAt: live && future ? a.publishedAt! : null };
}

/**
 * What partners must be told of a write (the change feed, in its transaction): a public article
 * changed, appeared, or went; a scheduled publication is (re)written for its time.
 */
async function tellPartners(
  em: EntityManager,
  article: Article,
  before: Standing,
  after: Standing | 'deleted',
  reason?: string,
) {
  await dropScheduled(em, article.id);
  const entry = (kind: ChangeKind, extra: Partial<ChangeEntry> = {}): ChangeEntry => ({
    kind,
    articleId: article.id,
    slug: article.slug,
    ...extra,
  });
  const entries: ChangeEntry[] = [];
  if (after === 'deleted') {
    if (before.public) entries.push(entry(ChangeKind.DELETED));
  } else {
    if (before.public && after.public) entries.push(entry(ChangeKind.UPDATED));
    if (before.public && !after.public)
      entries.push(entry(ChangeKind.WITHDRAWN, { reason: reason ?? null }));
    if (!before.public && after.public) entries.push(entry(ChangeKind.PUBLISHED));
    if (after.scheduledAt) entries.push(entry(ChangeKind.PUBLISHED, { at: after.scheduledAt }));
  }
  await logChanges(em, entries);
}

const linkTargets: Record<
  LinkField,
  { entity: EntityClass<{ id: number; slug: string }>; what: string }
> = {
  authors: { entity: Person, what: 'person' },
  people: { entity: Person, what: 'person' },
  organisations: { entity: Organisation, what: 'organisation' },
  events: { entity: Event, what: 'event' },
  places: { entity: Place, what: 'place' },
};

/** The editor's key, as revisions name it. */
function writerOf(ctx: Context) {
  const caller = ctx.caller;
  return caller.kind === 'key'
    ? { keyId: caller.keyId, keyName: caller.name }
    : { keyId: null, keyName: 'anonymous' };
}

/**
 * Runs `write` in one transaction with the idempotency record, then tells the caches. Returns the
 * article as the editor now sees it.
 */
async function transact(
  ctx: Context,
  write: (em: EntityManager) => Promise<number>,
): Promise<Article> {
  const id = await inTransaction(ctx, write);
  const article = await findVisibleArticle(ctx.em, { id }, 'all');
  return article!;
}

/**
 * One transaction, retried (up to 3 times) when it lost a race on a unique value: two editors
 * taking the same new slug or creating the same new tag at once. The retry sees the winner's row.
 */
async function inTransaction<T>(
  ctx: Context,
  write: (em: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.em.fork().transactional(async (tx) => {
        const em = tx as EntityManager;
        const out = await write(em);
        await recordIdempotentWrite(em, ctx);
        return out;
      });
      if (ctx.idempotency) ctx.idempotency.recorded = true;
      await ctx.services.contentChanges.changed();
      return result;
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException) || attempt >= 3) throw err;
      if (/idempotency/.test(err.message)) {
        throw apiError(
          'CONFLICT',
          'Another request with this Idempotency-Key wrote first. Retry for its answer.',
        );
      }
    }
  }
}

/** Locks the article and checks the version the editor last saw. */
async function lockAt(em: EntityManager, id: number, version: number): Promise<Article> {
  const q = em.getKnex()('article').select('id', 'version').where('id', id);
  if (isPostgres(em)) q.forUpdate();
  const row = await rowOf<{ version: number }>(em, q);
  if (!row) throw articleNotFound();
  const current = Number(row.version);
  if (current !== version) {
    throw apiError(
      'CONFLICT',
      `The article was changed since you read it: it is at version ${current}, you sent ${version}. Reload it, reapply your change and send version ${current}.`,
      { currentVersion: current },
    );
  }
  return em.findOneOrFail(Article, id);
}

async function revision(
  em: EntityManager,
  ctx: Context,
  article: Article,
  action: RevisionAction,
  before: Snapshot,
  note?: string,
) {
  await em.flush();
  const after = action === RevisionAction.DELETE ? {} : await snapshotOf(em, article.id);
  em.create(ArticleRevision, {
    articleId: article.id,
    version: article.version,
    action,
    ...writerOf(ctx),
    at: new Date(),
    changes: JSON.stringify(changesBetween(before, after)),
    note: note ?? null,
  });
  await em.flush();
}

/** The first of `base`, `base-2`, `base-3`... no other article uses, now or as a retired slug. */
async function freeSlug(em: EntityManager, base: string, articleId?: number): Promise<string> {
  const candidates = [
    base,
    ...Array.from({ length: 48 }, (_, i) => `${base.slice(0, 190)}-${i + 2}`),
  ];
  const knex = em.getKnex();
  const taken = new Set(
    [
      ...(await rowsOf<{ slug: string }>(
        em,
        knex('article')
          .select('slug')
          .whereIn('slug', candidates)
          .whereNot('id', articleId ?? 0),
      )),
      ...(await rowsOf<{ slug: string }>(
        em,
        knex('article_slug')
          .select('slug')
          .whereIn('slug', candidates)
          .whereNot('article_id', articleId ?? 0),
      )),
    ].map((r) => r.slug),
  );
  const free = candidates.find((c) => !taken.has(c));
  if (!free)
    throw fieldError(
      'slug',
      `The slug "${base}" and its numbered variants are all taken. Give another \`slug\`.`,
    );
  return free;
}

/** Gives the article `slug`; its old slug keeps working as a redirect. */
async function moveSlug(em: EntityManager, article: Article, slug: string) {
  if (slug === article.slug) return;
  await em.nativeDelete(ArticleSlug, { slug, articleId: article.id });
  if (article.slug)
    em.create(ArticleSlug, { slug: article.slug, articleId: article.id, retiredAt: new Date() });
  article.slug = slug;
  // The retired slug's row must be written before the article takes the new one (unique slugs).
  await em.flush();
}

async function bySlugs<T extends { id: number; slug: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  field: string,
  what: string,
  slugs: string[],
): Promise<T[]> {
  const found = new Map(
    (await em.find(entity, { slug: { $in: slugs } } as never)).map((e) => [e.slug, e]),
  );
  return slugs.map((s, i) => {
    const e = found.get(s);
    if (!e)
      throw fieldError(`${field}[${i}]`, `No ${what} has the slug "${s}" (\`${field}[${i}]\`).`);
    return e;
  });
}

/** Tags by slug or by name; a name that is not a tag yet becomes one. */
async function tagsOf(em: EntityManager, given: string[]): Promise<Tag[]> {
  const slugs = given.map((g) => slugify(g, 200));
  given.forEach((g, i) => {
    if (!slugs[i]) throw fieldError(`tags[${i}]`, `The tag "${g}" has no letters or digits.`);
  });
  const found = new Map((await em.find(Tag, { slug: { $in: slugs } })).map((t) => [t.slug, t]));
  const out: Tag[] = [];
  given.forEach((name, i) => {
    let tag = found.get(slugs[i]);
    if (!tag) {
      tag = em.create(Tag, { slug: slugs[i], name });
      found.set(slugs[i], tag);
    }
    if (!out.includes(tag)) out.push(tag);
  });
  return out;
}

/** The body and photos as they are stored, as drafts (for a write that replaces only one of them). */
async function currentBody(
  em: EntityManager,
  id: number,
): Promise<{ blocks: BlockDraft[]; standalone: ImageDraft[] }> {
  const knex = em.getKnex();
  const images = await rowsOf<ImageDraft & { id: number }>(
    em,
    knex('image')
      .select('id', 'url', 'alt', 'caption', 'credit', 'width', 'height')
      .where('article_id', id)
      .orderBy('position'),
  );
  const byId = new Map(images.map((i) => [Number(i.id), i]));
  const rows = await rowsOf<{
    kind: BlockKind;
    text: string | null;
    html: string | null;
    attribution: string | null;
    image_id: number | null;
  }>(
    em,
    knex('article_block')
      .select('kind', 'text', 'html', 'attribution', 'image_id')
      .where('article_id', id)
      .orderBy('position'),
  );
  const placed = new Set(rows.map((r) => Number(r.image_id)));
  return {
    blocks: rows.map((r) => ({
      kind: r.kind,
      text: r.text ?? '',
      html: r.html,
      attribution: r.attribution,
      image: r.image_id == null ? null : (byId.get(Number(r.image_id)) ?? null),
    })),
    standalone: images.filter((i) => !placed.has(Number(i.id))),
  };
}

async function writeBody(em: EntityManager, article: Article, draft: ArticleDraft, isNew: boolean) {
  if (draft.blocks === undefined && draft.images === undefined) return;
  const current = isNew ? { blocks: [], standalone: [] } : await currentBody(em, article.id);
  const blocks = (draft.blocks ?? current.blocks).filter(
    (b) => b.kind !== BlockKind.IMAGE || b.image,
  );
  const standalone = draft.images ?? current.standalone;
  if (!isNew) {
    await em.nativeDelete(BodyBlock, { article: article.id });
    await em.nativeDelete(Image, { article: article.id });
  }
  let position = 0;
  const imageOf = (d: ImageDraft) =>
    em.create(Image, {
      article,
      position: position++,
      url: d.url,
      caption: d.caption,
      alt: d.alt,
      credit: d.credit,
      width: d.width,
      height: d.height,
    });
  const placed = new Map<BlockDraft, Image>();
  for (const b of blocks) if (b.image) placed.set(b, imageOf(b.image));
  for (const i of standalone) imageOf(i);
  blocks.forEach((b, i) =>
    em.create(BodyBlock, {
      article,
      position: i,
      kind: b.kind,
      text: b.kind === BlockKind.IMAGE ? null : b.text,
      html: b.html,
      attribution: b.attribution,
      image: placed.get(b) ?? null,
    }),
  );
}

async function apply(
  em: EntityManager,
  article: Article,
  draft: ArticleDraft,
  isNew: boolean,
  now: Date,
) {
  if (draft.title !== undefined) article.title = draft.title;
  if (draft.lead !== undefined) article.lead = draft.lead;
  if (draft.category !== undefined) {
    const category =
      draft.category === null ? null : await em.findOne(Category, { slug: draft.category });
    if (draft.category !== null && !category)
      throw fieldError('category', `No category has the slug "${draft.category}".`);
    article.category = category as never;
  }
  if (draft.tags !== undefined) {
    const tags = await tagsOf(em, draft.tags);
    if (!isNew) await article.tags.init();
    article.tags.set(tags);
  }
  for (const [field, slugs] of Object.entries(draft.links) as [LinkField, string[]][]) {
    const { entity, what } = linkTargets[field];
    const targets = await bySlugs(em, entity, field, what, slugs);
    const collection = article[field] as unknown as {
      init(): Promise<unknown>;
      set(items: unknown[]): void;
    };
    if (!isNew) await collection.init();
    collection.set(targets as never);
  }
  if (draft.publishedAt !== undefined) article.publishedAt = draft.publishedAt;
  if (draft.status !== undefined) {
    article.status = draft.status;
    if (draft.status === ArticleStatus.PUBLISHED) {
      article.withdrawnAt = null;
      article.withdrawalReason = null;
      article.publishedAt ??= now;
    }
  }
  await writeBody(em, article, draft, isNew);
  if (isNew) return; // its slug was chosen before it was created
  const wanted = draft.slug ?? (draft.title !== undefined ? slugify(article.title) : article.slug);
  if (wanted !== article.slug) await moveSlug(em, article, await freeSlug(em, wanted, article.id));
}

export async function createArticle(ctx: Context, draft: ArticleDraft): Promise<Article> {
  return transact(ctx, async (em) => {
    const now = new Date();
    const slug = await freeSlug(em, draft.slug ?? slugify(draft.title!));
    const article = em.create(Article, {
      title: draft.title!,
      slug,
      status: ArticleStatus.DRAFT,
      version: 1,
    });
    await apply(em, article, draft, true, now);
    await revision(em, ctx, article, RevisionAction.CREATE, {});
    await tellPartners(em, article, { public: false, scheduledAt: null }, standingOf(article));
    return article.id;
  });
}

export async function updateArticle(
  ctx: Context,
  id: number,
  version: number,
  draft: ArticleDraft,
): Promise<Article> {
  return transact(ctx, async (em) => {
    const article = await lockAt(em, id, version);
    const standing = standingOf(article);
    const before = await snapshotOf(em, id);
    await apply(em, article, draft, false, new Date());
    article.version += 1;
    article.updatedAt = new Date();
    await revision(em, ctx, article, RevisionAction.UPDATE, before);
    await tellPartners(em, article, standing, standingOf(article));
    return id;
  });
}

export async function publishArticle(
  ctx: Context,
  id: number,
  version: number,
  at: Date | null,
): Promise<Article> {
  return transact(ctx, async (em) => {
    const article = await lockAt(em, id, version);
    const standing = standingOf(article);
    const before = await snapshotOf(em, id);
    const now = new Date();
    article.status = ArticleStatus.PUBLISHED;
    article.publishedAt = at ?? now;
    article.withdrawnAt = null;
    article.withdrawalReason = null;
    article.version += 1;
    article.updatedAt = now;
    await revision(
      em,
      ctx,
      article,
      at && at.getTime() > now.getTime() ? RevisionAction.SCHEDULE : RevisionAction.PUBLISH,
      before,
    );
    await tellPartners(em, article, standing, standingOf(article));
    return id;
  });
}

export async function withdrawArticle(
  ctx: Context,
  id: number,
  version: number,
  reason: string,
): Promise<Article> {
  return transact(ctx, async (em) => {
    const article = await lockAt(em, id, version);
    if (article.withdrawnAt)
      throw apiError('BAD_USER_INPUT', 'The article is already withdrawn.', { field: 'id' });
    const standing = standingOf(article);
    const before = await snapshotOf(em, id);
    const now = new Date();
    article.status = ArticleStatus.DRAFT;
    article.withdrawnAt = now;
    article.withdrawalReason = reason;
    article.version += 1;
    article.updatedAt = now;
    await revision(em, ctx, article, RevisionAction.WITHDRAW, before, reason);
    await tellPartners(em, article, standing, standingOf(article), reason);
    return id;
  });
}

/** Deletes the article and everything that is only its; its revisions stay, as the record. */
export async function deleteArticle(ctx: Context, id: number, version: number): Promise<void> {
  await inTransaction(ctx, async (em) => {
    const article = await lockAt(em, id, version);
    const standing = standingOf(article);
    const before = await snapshotOf(em, id);
    const knex = em.getKnex();
    article.version += 1;
    await revision(em, ctx, article, RevisionAction.DELETE, before);
    await tellPartners(em, article, standing, 'deleted');
    for (const [table, column] of [
      ['search_entry', 'ref_id'],
      ['article_slug', 'article_id'],
      ['article_view_day', 'article_id'],
      ['article_related_pin', 'article_id'],
      ['article_related_pin', 'related_id'],
    ]) {
      const q = knex(table).where(column, id);
      if (table === 'search_entry') q.andWhere('kind', 'ARTICLE');
      await rowsOf(em, q.delete());
    }
    // Links, blocks and photos go with it (their foreign keys cascade).
    await rowsOf(em, knex('article').where('id', id).delete());
    em.clear();
  });
}

/** The answer for an article id that names no article (deleted, or never possible). */
export const articleNotFound = () =>
  apiError('NOT_FOUND', 'No article has this id. It may have been deleted.', { argument: 'id' });

// Related news: editor-pinned articles first, then articles that share events, people,
// organisations, tags and places with this one, boosted by the same section and closeness in
// time. Every page of articles gets its related lists in two statements, whatever its size.
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { Field, Float, ObjectType } from 'type-graphql';
import { isPostgres } from '../../db/dialect.js';
import { Article, ArticleStatus } from '../article/article.entity.js';
import type { ArticleVisibility } from '../access/caller.js';
import { isPublicAt } from '../article/article.service.js';
import { asEntities, byIdsStatement, rowsOf, whereIdIn } from '../../db/rows.js';

@ObjectType({ description: 'A related article, with how strongly and why it is related.' })
export class RelatedArticle {
  @Field(() => Article, { description: 'The related article.' })
  article!: Article;

  @Field(() => Float, {
    description: 'Higher is more related; pinned articles rank above every automatic match.',
  })
  score!: number;

  @Field(() => [String], {
    description:
      'Why, machine-readable: "pinned", "event:<slug>", "person:<slug>", "organisation:<slug>", "tag:<slug>", "place:<slug>", "category:<slug>", "recency:<days>d".',
  })
  reasons!: string[];
}

/** What a shared link is worth. An event is the strongest sign two stories belong together. */
export const linkWeights = [
  { kind: 'event', table: 'article_events', column: 'event_id', entity: 'event', weight: 5 },
  { kind: 'person', table: 'article_people', column: 'person_id', entity: 'person', weight: 3 },
  {
    kind: 'organisation',
    table: 'article_organisations',
    column: 'organisation_id',
    entity: 'organisation',
    weight: 2,
  },
  { kind: 'tag', table: 'article_tags', column: 'tag_id', entity: 'tag', weight: 2 },
  { kind: 'place', table: 'article_places', column: 'place_id', entity: 'place', weight: 1 },
] as const;
const weightOf = Object.fromEntries(linkWeights.map((l) => [l.kind, l.weight])) as Record<
  string,
  number
>;
export const SAME_CATEGORY_BONUS = 1;
/** Up to 1 more for articles published close together: 1 / (1 + days apart / 7). */
export const recencyBonus = (daysApart: number) => 1 / (1 + daysApart / 7);

const DAY_MS = 86_400_000;

export type RelatedKey = { id: number; first: number; publishedAt: Date | null };

/**
 * What related news reuses across requests for a short time (RELATED_CACHE_MS): the newest
 * articles of each linked thing, each source article's scored choices (ids, scores and
 * reasons), and the chosen articles themselves. They change only when articles are published,
 * edited or linked, and computing them was most of the CPU of a page; a newly published article
 * joins related lists within that time. Every write through the API clears them (so a withdrawn
 * article drops out at once), and whether a chosen article may be shown is checked on every
 * request (an article scheduled for later appears at its time).
 */
export class RelatedCache {
  private readonly candidates: LRUCache<string, Candidate[]>;
  private readonly choices: LRUCache<string, Choices>;
  /**
   * The chosen articles, by id, as read-only entities (whatever their status: who may see them
   * is checked per request). A home page read its 60 related articles again on every request: a
   * third of its CPU went to related news.
   */
  private readonly articles: LRUCache<number, Article>;
  /**
   * Choices being scored: requests that miss them meanwhile wait for the same scoring. Without
   * it, every request in flight when the choices expired scored the same articles again.
   */
  private readonly scoring = new Map<string, Promise<Choices>>();
  /** Bumped by clear(): choices scored before content changed are not kept. */
  private epoch = 0;

  constructor(private readonly ttlMs: number) {
    const options = { max: 50_000, ttl: Math.max(ttlMs, 1) };
    this.candidates = new LRUCache(options);
    this.choices = new LRUCache(options);
    this.articles = new LRUCache(options);
  }

  /** Content changed: a new or corrected article may now be a candidate. */
  clear(): void {
    this.epoch += 1;
    this.candidates.clear();
    this.choices.clear();
    this.articles.clear();
    this.scoring.clear();
  }

  /** Articles by id, from memory or in one statement for those missing (an id with no article is left out). */
  async articlesOf(em: EntityManager, ids: readonly number[]): Promise<Map<number, Article>> {
    const out = new Map<number, Article>();
    const missing: number[] = [];
    for (const id of ids) {
      const hit = this.articles.get(id);
      if (hit) out.set(id, hit);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    const epoch = this.epoch;
    const rows = await byIdsStatement(em, 'related articles', (some) =>
      whereIdIn(em, em.getKnex()('article as a').select('a.*'), 'a.id', some),
    )(missing);
    for (const article of asEntities(em, Article, rows)) {
      out.set(article.id, article);
      // Read before a write committed: not kept.
      if (this.ttlMs > 0 && epoch === this.epoch) this.articles.set(article.id, article);
    }
    return out;
  }

  /** The newest articles of each linked thing, from memory or in one statement for the missing. */
  async candidatesOf(em: EntityManager, refs: Link[]): Promise<Map<string, Candidate[]>> {
    const out = new Map<string, Candidate[]>();
    const missing: Link[] = [];
    for (const r of refs) {
      const hit = this.candidates.get(`${r.kind}:${r.ref}`);
      if (hit) out.set(`${r.kind}:${r.ref}`, hit);
      else missing.push(r);
    }
    const fetched = await newestOfEach(em, missing);
    for (const r of missing) {
      const key = `${r.kind}:${r.ref}`;
      const list = fetched.get(key) ?? [];
      out.set(key, list);
      if (this.ttlMs > 0) this.candidates.set(key, list);
    }
    return out;
  }

  /** Each source's choices: from memory, being scored, or scored now for those missing. */
  async choicesOf(
    em: EntityManager,
    sources: RelatedKey[],
    first: number,
    visibility: ArticleVisibility,
  ): Promise<Map<number, Choices>> {
    const key = (s: RelatedKey) => `${visibility}:${first}:${s.id}`;
    const out = new Map<number, Choices>();
    const pending: [number, Promise<Choices>][] = [];
    const missing: RelatedKey[] = [];
    for (const s of sources) {
      const hit = this.choices.get(key(s));
      const scoring = this.scoring.get(key(s));
      if (hit) out.set(s.id, hit);
      else if (scoring) pending.push([s.id, scoring]);
      else missing.push(s);
    }
    if (missing.length > 0) {
      const epoch = this.epoch;
      const scored = score(em, this, missing, first, visibility);
      for (const s of missing) {
        const one = scored.then((all) => all.get(s.id)!);
        pending.push([s.id, one]);
        if (this.ttlMs <= 0) continue;
        this.scoring.set(key(s), one);
        const settled = () => {
          if (this.scoring.get(key(s)) === one) this.scoring.delete(key(s));
        };
        one.then(
          (choices) => {
            if (epoch === this.epoch) this.choices.set(key(s), choices);
            settled();
          },
          settled, // the requests waiting for it get the error
        );
      }
    }
    for (const [id, choices] of await Promise.all(
      pending.map(async ([id, p]) => [id, await p] as const),
    ))
      out.set(id, choices);
    return out;
  }
}

export function relatedLoader(
  em: EntityManager,
  cache: RelatedCache,
  visibility: ArticleVisibility,
) {
  return new DataLoader<RelatedKey, RelatedArticle[], string>(
    async (keys) => {
      const first = Math.max(...keys.map((k) => k.first));
      const sources = [...new Map(keys.map((k) => [k.id, k])).values()];
      const lists = await relatedOf(em, cache, sources, first, visibility);
      return keys.map((k) =>
        (lists.get(k.id) ?? [])
          .slice(0, k.first)
          .map((r) => Object.assign(new RelatedArticle(), r)),
      );
    },
    { cacheKeyFn: (k) => `${k.id}:${k.first}` },
  );
}

/**
 * Each shared link brings at most this many candidates, the newest: a tag on thousands of
 * articles must not make every page read them all.
 */
export const CANDIDATES_PER_LINK = 20;

type Link = { kind: string; src: number; ref: number; slug: string | null; pos: number };
/** One source article's related articles before visibility is checked: pins, then scored ones. */
type Choices = { pins: number[]; auto: { id: number; score: number; reasons: string[] }[] };
type Candidate = {
  id: number;
  categoryId: number | null;
  publishedAt: number | null;
  isPublic: boolean;
};
/** A candidate's score from shared links (`score`), with the same-section bonus (`base`). */
type Scored = { c: Candidate; score: number; base: number; links: Link[] };

/**
 * Related lists for any number of source articles: their choices (from memory, or scored), then
 * one statement for the chosen articles the caller may see.
 */
async function relatedOf(
  em: EntityManager,
  cache: RelatedCache,
  sources: RelatedKey[],
  first: number,
  visibility: ArticleVisibility,
) {
  const chosen = await cache.choicesOf(em, sources, first, visibility);
  const wanted = [
    ...new Set(
      [...chosen.values()].flatMap((c) => [...c.pins, ...c.auto.slice(0, first).map((a) => a.id)]),
    ),
  ];
  const now = Date.now();
  const byId = new Map(
    [...(await cache.articlesOf(em, wanted))].filter(
      ([, a]) => visibility === 'all' || isPublicAt(a, now),
    ),
  );
  return new Map(
    sources.map((source) => {
      const { pins, auto } = chosen.get(source.id)!;
      const pinned = pins.filter((id) => byId.has(id));
      // Pins rank above every automatic match, in the editor's order.
      const top = auto[0]?.score ?? 0;
      return [
        source.id,
        [
          ...pinned.map((id, i) => ({
            article: byId.get(id)!,
            score: top + pinned.length - i,
            reasons: ['pinned'],
          })),
          ...auto
            .filter((a) => byId.has(a.id))
            .map((a) => ({ article: byId.get(a.id)!, score: a.score, reasons: a.reasons })),
        ],
      ];
    }),
  );
}

/**
 * Two statements for any number of source articles: their links and pins; the newest articles of
 * each linked thing not in the cache (one small index range per thing). Then the scoring.
 */
async function score(
  em: EntityManager,
  cache: RelatedCache,
  sources: RelatedKey[],
  first: number,
  visibility: ArticleVisibility,
) {
  const ids = sources.map((s) => s.id);
  const marks = ids.map(() => '?').join(', ');
  const links = await rowsOf<Link>(
    em,
    [
      ...linkWeights.map(
        (
          l,
        ) => `select '${l.kind}' as kind, s.article_id as src, s.${l.column} as ref, r.slug as slug, 0 as pos
          from ${l.table} s join ${l.entity} r on r.id = s.${l.column} where s.article_id in (${marks})`,
      ),
      `select 'pin' as kind, p.article_id as src, p.related_id as ref, null as slug, p.position as pos
       from article_related_pin p where p.article_id in (${marks})`,
      `select 'category' as kind, a.id as src, a.category_id as ref, c.slug as slug, 0 as pos
       from article a join category c on c.id = a.category_id where a.id in (${marks})`,
    ].join(' union all '),
    [...linkWeights.flatMap(() => ids), ...ids, ...ids],
  );
  const shared = links.filter((l) => l.kind in weightOf);
  const refs = [...new Map(shared.map((l) => [`${l.kind}:${l.ref}`, l])).values()];
  const candidatesOf = await cache.candidatesOf(em, refs);

  const now = Date.now();
  const perArticle = first * 2 + 10;
  const linksOf = new Map<number, Link[]>(sources.map((s) => [s.id, []]));
  for (const l of links) linksOf.get(Number(l.src))?.push(l);
  const chosen = new Map<number, Choices>();
  for (const source of sources) {
    const own = linksOf.get(source.id)!;
    const pins = own
      .filter((l) => l.kind === 'pin')
      .sort((a, b) => a.pos - b.pos)
      .map((l) => Number(l.ref));
    const category = own.find((l) => l.kind === 'category') ?? null;
    const categoryId = category ? Number(category.ref) : null;
    // Reasons are kept as the links themselves and spelled out only for the winners.
    const scores = new Map<number, Scored>();
    for (const l of own) {
      const weight = weightOf[l.kind];
      if (weight === undefined) continue;
      let taken = 0;
      for (const c of candidatesOf.get(`${l.kind}:${l.ref}`) ?? []) {
        if (c.id === source.id) continue;
        if (taken++ === CANDIDATES_PER_LINK) break;
        if (
          visibility === 'published' &&
          (!c.isPublic || (c.publishedAt !== null && c.publishedAt > now))
        )
          continue;
        let entry = scores.get(c.id);
        if (!entry) scores.set(c.id, (entry = { c, score: 0, base: 0, links: [] }));
        entry.score += weight;
        entry.links.push(l);
      }
    }
    const ranked: Scored[] = [];
    for (const e of scores.values()) {
      e.base =
        e.score + (categoryId !== null && e.c.categoryId === categoryId ? SAME_CATEGORY_BONUS : 0);
      ranked.push(e);
    }
    ranked.sort(
      (a, b) => b.base - a.base || nullsLast(a.c.publishedAt, b.c.publishedAt) || b.c.id - a.c.id,
    );
    const auto = ranked
      .slice(0, perArticle)
      .filter((e) => !pins.includes(e.c.id))
      .map((e) => finalScore(e, source, category?.slug ?? null));
    chosen.set(source.id, { pins, auto: auto.sort((a, b) => b.score - a.score) });
  }

  return chosen;
}

/** Newer first, unknown dates last. */
const nullsLast = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

const collator = new Intl.Collator();

function finalScore(e: Scored, source: RelatedKey, categorySlug: string | null) {
  const reasons = e.links
    .map((l) => `${l.kind}:${l.slug}`)
    .sort(
      (x, y) => weightOf[y.split(':')[0]] - weightOf[x.split(':')[0]] || collator.compare(x, y),
    );
  let score = e.base;
  if (e.base > e.score) reasons.push(`category:${categorySlug}`);
  if (source.publishedAt && e.c.publishedAt !== null) {
    const days = Math.round(Math.abs(source.publishedAt.getTime() - e.c.publishedAt) / DAY_MS);
    score += recencyBonus(days);
    reasons.push(`recency:${days}d`);
  }
  return { id: e.c.id, score: Math.round(score * 1000) / 1000, reasons };
}

/** For each linked thing, its newest articles (one more than needed, as the source may be one). */
async function newestOfEach(em: EntityManager, refs: Link[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  if (refs.length === 0) return out;
  const byKind = Object.fromEntries(linkWeights.map((l) => [l.kind, l]));
  // Each part joins its few articles by primary key inside its own limit: joined outside, the
  // planner would read the whole article table to match a union of thousands of ids.
  const parts = refs.map((r, i) => {
    const l = byKind[r.kind];
    return `select * from (select '${r.kind}' as kind, l.${l.column} as ref, a.id, a.category_id,
        ${epochMs(em, 'a.published_at')} as published_at,
        case when a.status = '${ArticleStatus.PUBLISHED}' then 1 else 0 end as is_public
      from ${l.table} l join article a on a.id = l.article_id
      where l.${l.column} = ? order by l.article_id desc limit ${CANDIDATES_PER_LINK + 1}) as c${i}`;
  });
  const rows: {
    kind: string;
    ref: number;
    id: number;
    category_id: number | null;
    published_at: number | string | null;
    is_public: number | boolean;
  }[] = await rowsOf(
    em,
    parts.join(' union all '),
    refs.map((r) => r.ref),
  );
  for (const r of rows) {
    const key = `${r.kind}:${r.ref}`;
    const list = out.get(key) ?? [];
    if (list.length === 0) out.set(key, list);
    list.push({
      id: Number(r.id),
      categoryId: r.category_id === null ? null : Number(r.category_id),
      publishedAt: r.published_at === null ? null : Number(r.published_at),
      isPublic: Number(r.is_public) === 1,
    });
  }
  // Newest (highest id) first within each thing; a union keeps no order of its own.
  for (const list of out.values()) list.sort((a, b) => b.id - a.id);
  return out;
}

/** A timestamp column as epoch milliseconds (SQLite already stores them so). */
const epochMs = (em: EntityManager, column: string) =>
  isPostgres(em) ? `(extract(epoch from ${column}) * 1000)::bigint` : column;

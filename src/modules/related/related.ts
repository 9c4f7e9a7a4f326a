// Related news: editor-pinned articles first, then articles that share events, people,
// organisations, tags and places with this one, boosted by the same section and closeness in
// time. Every page of articles gets its related lists in two statements, whatever its size.
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Field, Float, ObjectType } from 'type-graphql';
import { isPostgres, stringAgg } from '../../db/dialect.js';
import { Article, ArticleStatus } from '../article/article.entity.js';

@ObjectType({ description: 'A related article, with how strongly and why it is related.' })
export class RelatedArticle {
  @Field(() => Article, { description: 'The related article.' })
  article!: Article;

  @Field(() => Float, { description: 'Higher is more related; pinned articles rank above every automatic match.' })
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
  { kind: 'organisation', table: 'article_organisations', column: 'organisation_id', entity: 'organisation', weight: 2 },
  { kind: 'tag', table: 'article_tags', column: 'tag_id', entity: 'tag', weight: 2 },
  { kind: 'place', table: 'article_places', column: 'place_id', entity: 'place', weight: 1 },
] as const;
const weightOf = Object.fromEntries(linkWeights.map((l) => [l.kind, l.weight])) as Record<string, number>;
export const SAME_CATEGORY_BONUS = 1;
/** Up to 1 more for articles published close together: 1 / (1 + days apart / 7). */
export const recencyBonus = (daysApart: number) => 1 / (1 + daysApart / 7);

type Row = Record<string, unknown>;
const DAY_MS = 86_400_000;

export function relatedLoader(em: EntityManager) {
  return new DataLoader<{ id: number; first: number }, RelatedArticle[], string>(
    async (keys) => {
      const first = Math.max(...keys.map((k) => k.first));
      const lists = await relatedOf(em, [...new Set(keys.map((k) => k.id))], first);
      return keys.map((k) => (lists.get(k.id) ?? []).slice(0, k.first).map((r) => Object.assign(new RelatedArticle(), r)));
    },
    { cacheKeyFn: (k) => `${k.id}:${k.first}` },
  );
}

const publicClause = (alias: string) => `${alias}.status = '${ArticleStatus.PUBLISHED}' and (${alias}.published_at is null or ${alias}.published_at <= ?)`;

/**
 * Each shared link brings at most this many candidates, the newest: a tag on thousands of
 * articles must not make every page scan them all.
 */
export const CANDIDATES_PER_LINK = 50;

/** (src, cand, weight, reason) rows: articles sharing a link of this kind with a source. */
function sharedLinks(em: EntityManager, l: (typeof linkWeights)[number], list: string): string {
  const reason = `'${l.kind}:' || r.slug`;
  if (isPostgres(em)) {
    // LATERAL + the (link, article) index: the newest candidates of each link, read straight off the index.
    return `select s.article_id as src, c.article_id as cand, ${l.weight} as w, ${reason} as reason
      from ${l.table} s
      join ${l.entity} r on r.id = s.${l.column}
      cross join lateral (
        select x.article_id from ${l.table} x
        where x.${l.column} = s.${l.column} and x.article_id <> s.article_id
        order by x.article_id desc limit ${CANDIDATES_PER_LINK}
      ) c
      where s.article_id in (${list})`;
  }
  return `select src, cand, w, reason from (
      select s.article_id as src, c.article_id as cand, ${l.weight} as w, ${reason} as reason,
             row_number() over (partition by s.article_id, s.${l.column} order by c.article_id desc) as k
      from ${l.table} s
      join ${l.table} c on c.${l.column} = s.${l.column} and c.article_id <> s.article_id
      join ${l.entity} r on r.id = s.${l.column}
      where s.article_id in (${list})
    ) where k <= ${CANDIDATES_PER_LINK}`;
}

/** Pins and automatic candidates of many articles, in one statement. */
async function relatedOf(em: EntityManager, ids: number[], first: number) {
  const list = ids.map(() => '?').join(', ');
  const now = em.getPlatform().processDateProperty(new Date());
  const hits = linkWeights.map((l) => sharedLinks(em, l, list));
  const sameCategory = `(case when a.category_id = s.category_id then ${SAME_CATEGORY_BONUS} else 0 end)`;
  // Room for pinned articles that also match automatically and are dropped from that part.
  const perArticle = first * 2 + 10;
  const rows: Row[] = await em.execute(
    `select p.article_id as __src, 1 as __pinned, p.position as __rank, 0 as __score, '' as __reasons,
            0 as __same_category, '' as __category, null as __src_published_at, a.*
     from article_related_pin p join article a on a.id = p.related_id
     where p.article_id in (${list}) and ${publicClause('a')}
     union all
     select * from (
       select sc.src as __src, 0 as __pinned,
              row_number() over (partition by sc.src order by sc.score + ${sameCategory} desc, (a.published_at is null), a.published_at desc, a.id desc) as __rank,
              sc.score as __score, sc.reasons as __reasons, ${sameCategory} as __same_category,
              coalesce(cat.slug, '') as __category, s.published_at as __src_published_at, a.*
       from (select h.src, h.cand, sum(h.w) as score, ${stringAgg(em, 'h.reason', ' ')} as reasons
             from (${hits.join(' union all ')}) h group by h.src, h.cand) sc
       join article a on a.id = sc.cand
       join article s on s.id = sc.src
       left join category cat on cat.id = a.category_id
       where ${publicClause('a')}
     ) t where t.__rank <= ?
     order by __src, __pinned desc, __rank`,
    [...ids, now, ...linkWeights.flatMap(() => ids), now, perArticle],
  );
  const pinned = new Map<number, { article: Article; score: number; reasons: string[] }[]>();
  const auto = new Map<number, { article: Article; score: number; reasons: string[] }[]>();
  for (const r of rows) {
    const src = Number(r.__src);
    const article = em.map(Article, Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('__'))) as never);
    if (Number(r.__pinned) === 1) {
      pinned.set(src, [...(pinned.get(src) ?? []), { article, score: 0, reasons: ['pinned'] }]);
    } else {
      auto.set(src, [...(auto.get(src) ?? []), scoreOf(r, article)]);
    }
  }
  return new Map(
    ids.map((id) => {
      const pins = pinned.get(id) ?? [];
      const pinnedIds = new Set(pins.map((p) => p.article.id));
      const scored = (auto.get(id) ?? []).filter((r) => !pinnedIds.has(r.article.id)).sort((a, b) => b.score - a.score);
      // Pins rank above every automatic match, in the editor's order.
      const top = scored[0]?.score ?? 0;
      pins.forEach((p, i) => (p.score = top + pins.length - i));
      return [id, [...pins, ...scored]];
    }),
  );
}

function scoreOf(r: Row, article: Article) {
  const reasons = String(r.__reasons)
    .split(' ')
    .sort((x, y) => weightOf[y.split(':')[0]] - weightOf[x.split(':')[0]] || x.localeCompare(y));
  let score = Number(r.__score) + Number(r.__same_category);
  if (Number(r.__same_category) > 0) reasons.push(`category:${r.__category}`);
  const srcAt = toTime(r.__src_published_at);
  const candAt = article.publishedAt?.getTime() ?? null;
  if (srcAt !== null && candAt !== null) {
    const days = Math.round(Math.abs(srcAt - candAt) / DAY_MS);
    score += recencyBonus(days);
    reasons.push(`recency:${days}d`);
  }
  return { article, score: Math.round(score * 1000) / 1000, reasons };
}

/** A raw published_at: epoch ms on SQLite, a timestamp string on PostgreSQL. */
function toTime(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const t = typeof value === 'number' ? value : Date.parse(String(value).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(t) ? null : t;
}

// Synthetic content for benchmarks and scale tests: deterministic (same seed, same day, same
// rows), Vietnamese-like text drawn from the words of the seed article, with people,
// organisations, events, places and tags mentioned in Zipf proportions and 30 days of
// Zipf-distributed views. Everything it writes is labelled: slugs start with "tong-hop-",
// titles and names with "[Tổng hợp]", and every article carries the tag "du-lieu-tong-hop".
// It is never part of the default seed.
import { ChangeKind } from '../src/modules/syndication/article-change.entity.js';
import { logChanges } from '../src/modules/syndication/change-log.js';
import type { EntityManager } from '@mikro-orm/knex';
import { dbOf, reindex } from '../src/modules/search/search.indexer.js';
import { ArticleStatus } from '../src/modules/article/article.entity.js';
import { BlockKind } from '../src/modules/article/body-block.entity.js';
import { EventKind } from '../src/modules/event/event.entity.js';
import { OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { daysBefore, portalDay } from '../src/text/portal-time.js';
import { slugify } from '../src/text/vietnamese.js';
import article from './source/interpol-cybercrime-2025.json' with { type: 'json' };
import { latestHeadlines } from './source/portal.js';

export const SYNTHETIC_PREFIX = 'tong-hop-';
export const SYNTHETIC_LABEL = '[Tổng hợp]';
export const SYNTHETIC_TAG = 'du-lieu-tong-hop';

export type SyntheticOptions = {
  articles: number;
  seed?: number;
  /** Days of views to write, ending today (portal time). */
  viewDays?: number;
  now?: Date;
  log?: (message: string) => void;
};

/** mulberry32: small, fast, and the same sequence everywhere for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks index 0..n-1 with probability proportional to 1/(i+1)^s: a few very common, a long tail. */
function zipfPicker(n: number, s: number, random: () => number) {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / Math.pow(i + 1, s)));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const sourceText = [
  article.title,
  article.lead,
  ...article.blocks.map((b) => ('text' in b ? b.text : b.caption)),
  ...latestHeadlines.map((h) => h.title),
].join(' ');
/** The seed content's words, lower-cased, punctuation dropped; repeats kept so common words stay common. */
const vocabulary = sourceText
  .toLowerCase()
  .replace(/[“”"().,:;!?/]/g, ' ')
  .split(/\s+/)
  .filter((w) => w.length > 1 && !/\d/.test(w));
const syllables = [...new Set(vocabulary.filter((w) => !w.includes('-')))];

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function hasSynthetic(em: EntityManager): Promise<boolean> {
  const row = await em.getKnex()('tag').where('slug', SYNTHETIC_TAG).first();
  return Boolean(row);
}

/** Writes everything in one transaction: a failed run leaves nothing behind. */
export function generateSynthetic(em: EntityManager, opts: SyntheticOptions) {
  return em.transactional((tx) => generate(tx as EntityManager, opts));
}

async function generate(em: EntityManager, opts: SyntheticOptions) {
  const random = prng(opts.seed ?? 20250708);
  const log = opts.log ?? (() => undefined);
  const knex = em.getKnex();
  const date = (d: Date) => em.getPlatform().processDateProperty(d) as never;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const sentence = (n: number) => {
    const w = words(n);
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  const properName = (n: number) =>
    Array.from({ length: n }, () => {
      const s = pick(syllables);
      return s.charAt(0).toUpperCase() + s.slice(1);
    }).join(' ');
  const insert = async (table: string, rows: Record<string, unknown>[]) => {
    for (const part of chunks(rows, 500)) await em.execute(knex(table).insert(part));
  };
  const idsBySlug = async (table: string) => {
    const rows: { id: number; slug: string }[] = await em.execute(
      knex(table).select('id', 'slug').where('slug', 'like', `${SYNTHETIC_PREFIX}%`),
    );
    return new Map(rows.map((r) => [r.slug, Number(r.id)]));
  };

  const n = opts.articles;
  const scale = (per1k: number, min: number) => Math.max(min, Math.round((n / 1000) * per1k));
  const counts = {
    people: scale(120, 20),
    organisations: scale(60, 10),
    events: scale(40, 5),
    tags: scale(30, 10),
  };
  log(
    `synthetic: ${n} articles, ${counts.people} people, ${counts.organisations} organisations, ${counts.events} events, ${counts.tags} tags`,
  );

  const now = opts.now ?? new Date();
  const today = portalDay(now);
  const categories: { id: number }[] = await em.execute(
    knex('category').select('id').orderBy('id'),
  );
  const places: { id: number }[] = await em.execute(knex('place').select('id').orderBy('id'));

  {
    const label = (s: string) => `${SYNTHETIC_LABEL} ${s}`;
    const uniqueSlug = (base: string, i: number) => `${SYNTHETIC_PREFIX}${base}-${i}`;
    await insert('tag', [
      { slug: SYNTHETIC_TAG, name: 'Dữ liệu tổng hợp' },
      ...Array.from({ length: counts.tags }, (_, i) => ({
        slug: uniqueSlug('the', i),
        name: label(words(2)),
      })),
    ]);
    await insert(
      'person',
      Array.from({ length: counts.people }, (_, i) => ({
        slug: uniqueSlug('nguoi', i),
        name: label(properName(3)),
      })),
    );
    await insert(
      'organisation',
      Array.from({ length: counts.organisations }, (_, i) => ({
        slug: uniqueSlug('to-chuc', i),
        name: label(`Cục ${properName(2)}`),
        aliases: '[]',
        kind: pick([
          OrganisationKind.GOVERNMENT_AGENCY,
          OrganisationKind.POLICE_UNIT,
          OrganisationKind.COMPANY,
        ]),
      })),
    );
    await insert(
      'event',
      Array.from({ length: counts.events }, (_, i) => ({
        slug: uniqueSlug('su-kien', i),
        name: label(`Hội nghị ${words(4)}`),
        kind: pick([EventKind.CONFERENCE, EventKind.MEETING, EventKind.OPERATION]),
        starts_at: date(new Date(now.getTime() - Math.floor(random() * 365) * 86_400_000)),
      })),
    );
    const tagIds = await idsBySlug('tag');
    const [{ id: syntheticTag }]: { id: number }[] = await em.execute(
      knex('tag').select('id').where('slug', SYNTHETIC_TAG),
    );
    const ids = {
      people: [...(await idsBySlug('person')).values()],
      organisations: [...(await idsBySlug('organisation')).values()],
      events: [...(await idsBySlug('event')).values()],
      tags: [...tagIds.values()],
    };

    const articleRows = Array.from({ length: n }, (_, i) => {
      const title = sentence(8 + Math.floor(random() * 8)).slice(0, -1);
      const published = new Date(now.getTime() - Math.floor(random() * 365 * 24 * 60) * 60_000);
      return {
        slug: `${SYNTHETIC_PREFIX}${slugify(title, 80)}-${i}`,
        title: label(title),
        lead: sentence(25 + Math.floor(random() * 15)),
        language: 'vi',
        status: ArticleStatus.PUBLISHED,
        published_at: date(published),
        published_at_precision: 'MINUTE',
        created_at: date(published),
        updated_at: date(published),
        category_id: categories.length ? pick(categories).id : null,
      };
    });
    await insert('article', articleRows);
    const articleIds = await idsBySlug('article');
    const articleOrder = articleRows.map((a) => articleIds.get(a.slug)!);
    log('synthetic: articles written');

    const zipf = {
      people: zipfPicker(ids.people.length, 1.05, random),
      organisations: zipfPicker(ids.organisations.length, 1.05, random),
      events: zipfPicker(ids.events.length, 1.1, random),
      tags: zipfPicker(ids.tags.length, 1.0, random),
      places: zipfPicker(Math.max(1, places.length), 1.0, random),
    };
    const links: Record<string, Record<string, unknown>[]> = {
      article_authors: [],
      article_people: [],
      article_organisations: [],
      article_events: [],
      article_places: [],
      article_tags: [],
      article_block: [],
    };
    const some = (min: number, max: number, next: () => number, list: number[]) => {
      const chosen = new Set<number>();
      const k = min + Math.floor(random() * (max - min + 1));
      while (chosen.size < Math.min(k, list.length)) chosen.add(list[next()]);
      return [...chosen];
    };
    for (const articleId of articleOrder) {
      links.article_authors.push({ article_id: articleId, person_id: pick(ids.people) });
      for (const id of some(1, 3, zipf.people, ids.people))
        links.article_people.push({ article_id: articleId, person_id: id });
      for (const id of some(1, 3, zipf.organisations, ids.organisations))
        links.article_organisations.push({ article_id: articleId, organisation_id: id });
      for (const id of some(0, 1, zipf.events, ids.events))
        links.article_events.push({ article_id: articleId, event_id: id });
      if (places.length)
        for (const id of some(
          1,
          2,
          zipf.places,
          places.map((p) => p.id),
        ))
          links.article_places.push({ article_id: articleId, place_id: id });
      links.article_tags.push({ article_id: articleId, tag_id: syntheticTag });
      for (const id of some(1, 3, zipf.tags, ids.tags))
        links.article_tags.push({ article_id: articleId, tag_id: id });
      const paragraphs = 3 + Math.floor(random() * 4);
      for (let p = 0; p < paragraphs; p++) {
        links.article_block.push({
          article_id: articleId,
          position: p,
          kind: BlockKind.PARAGRAPH,
          text: Array.from({ length: 3 }, () => sentence(12 + Math.floor(random() * 10))).join(' '),
        });
      }
    }
    for (const [table, rows] of Object.entries(links)) await insert(table, rows);
    log('synthetic: links and bodies written');
    // The change feed: each synthetic article's publication, oldest first.
    const byDate = articleRows
      .map((a, i) => ({ a, id: articleOrder[i] }))
      .sort(
        (x, y) =>
          new Date(x.a.published_at as never).getTime() -
            new Date(y.a.published_at as never).getTime() || x.id - y.id,
      );
    await logChanges(
      em,
      byDate.map(({ a, id }) => ({
        kind: ChangeKind.PUBLISHED,
        articleId: id,
        slug: a.slug as string,
      })),
    );
    log('synthetic: change feed written');

    // Views: article popularity follows Zipf over a shuffled order; each day's count is drawn around its share.
    const viewDays = opts.viewDays ?? 30;
    const popularity = [...articleOrder];
    for (let i = popularity.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [popularity[i], popularity[j]] = [popularity[j], popularity[i]];
    }
    const viewRows: Record<string, unknown>[] = [];
    popularity.forEach((articleId, rank) => {
      const perDay = 5000 / Math.pow(rank + 1, 1.1);
      for (let d = 0; d < viewDays; d++) {
        const views = Math.floor(perDay * (0.5 + random()));
        if (views > 0) viewRows.push({ article_id: articleId, day: daysBefore(today, d), views });
      }
    });
    await insert('article_view_day', viewRows);
    log(`synthetic: ${viewRows.length} daily view counters written`);
    await reindex(dbOf(em));
    log('synthetic: search index rebuilt');
  }
}

// Search: parse what a reader typed, ask the dialect's full-text index for candidates, rank
// them (accents that match exactly and title/name hits first), and mark the matches in the
// original accented text.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { badInput } from '../../platform/errors.js';
import { escapeHtml } from '../../text/html.js';
import { foldWithMap, words } from '../../text/vietnamese.js';
import type { ArticleVisibility } from '../access/caller.js';
import { wherePublic } from '../article/article.service.js';
import { SearchHitType } from './search-entry.entity.js';
import { rowsOf, whereIdIn } from '../../db/rows.js';

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 12;

export type ParsedQuery = {
  /** Folded words that must all occur. */
  terms: string[];
  /** Folded word sequences that must occur in order. */
  phrases: string[][];
  /** The last word as typed so far ("điều tr" -> "tr"), matched as a prefix. */
  prefix: string | null;
  /** The query's own words, lower-cased with their accents, for exact-accent ranking. */
  accented: string[];
};

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  if (text.trim() === '')
    throw badInput('The search query is empty: type a few words.', { argument: 'query' });
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput(`The search query is longer than ${MAX_QUERY_LENGTH} characters: shorten it.`, {
      argument: 'query',
    });
  }
  const phrases: string[][] = [];
  const rest = text.replace(/["“”]([^"“”]*)["“”]/g, (_, inner: string) => {
    const w = words(inner);
    if (w.length) phrases.push(w);
    return ' ';
  });
  const bare = words(rest);
  const typing = /[\p{L}\p{N}]$/u.test(text) && bare.length > 0 && !/["“”]\s*$/.test(text);
  const prefix = typing ? bare.pop()! : null;
  const accented = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (bare.length + phrases.flat().length + (prefix ? 1 : 0) === 0) {
    throw badInput('The search query has no words to look for: use letters or digits.', {
      argument: 'query',
    });
  }
  if (bare.length + phrases.flat().length + (prefix ? 1 : 0) > MAX_WORDS) {
    throw badInput(`The search query has more than ${MAX_WORDS} words: use fewer.`, {
      argument: 'query',
    });
  }
  return { terms: bare, phrases, prefix, accented };
}

export type SearchFilterValues = {
  types?: SearchHitType[] | null;
  category?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  person?: string | null;
  organisation?: string | null;
  event?: string | null;
};

export type Candidate = {
  entryId: number;
  kind: SearchHitType;
  refId: number;
  title: string;
  /** The title folded, as the index stores it: ranking reads its words without folding again. */
  titleFolded: string;
  score: number;
  body?: string;
};

/** PostgreSQL: the weighted vector, stored by the indexer (title A, body B) so ranking need not rebuild it. */
const vector = 'e.search_vector';

/**
 * Entries whose title or name holds every word: ranked in full by the database's score, as they
 * are what a reader most likely wants, and there are few of them even for common words.
 */
export const TITLE_CANDIDATES = 300;
/**
 * Entries matching anywhere, newest first. A query of common words matches most of the corpus;
 * scoring every match would cost time in proportion to the corpus, so only the newest are scored.
 */
export const RECENT_CANDIDATES = 300;
/**
 * People, organisations and events matching anywhere (a rank, an alias), best first: their whole
 * entry is a name, and there are far fewer of them than articles. Their text comes with them (a
 * few words), so the first ranking knows an alias that matches (INTERPOL, UNODC).
 */
export const ENTITY_CANDIDATES = 200;

/** Only people, organisations and events. */
const entitiesOnly = `e.kind <> '${SearchHitType.ARTICLE}'`;
/** PostgreSQL: the vectors of people, organisations and events alone, as their index has them. */
const entityVector = `(case when ${entitiesOnly} then ${vector} end)`;

/**
 * The full-text candidates, best first by the database's own score, filters applied, in three
 * capped phases whose cost does not grow with the corpus: the title and name hits, best first;
 * people, organisations and events matching anywhere, best first; and the newest hits anywhere
 * (a walk back from the newest that stops when it has enough; on PostgreSQL, for a reader's
 * search, the newest by publication). Each scores at most its cap.
 */
export async function candidates(
  em: EntityManager,
  q: ParsedQuery,
  filter: SearchFilterValues,
  visibility: ArticleVisibility,
): Promise<Candidate[]> {
  const knex = em.getKnex();
  const base = knex('search_entry as e').leftJoin('article as a', (j) =>
    j.on('a.id', '=', 'e.ref_id').andOnVal('e.kind', '=', SearchHitType.ARTICLE),
  );
  if (visibility === 'published')
    base.where((w) =>
      w.whereNot('e.kind', SearchHitType.ARTICLE).orWhere((x) => wherePublic(em, x)),
    );
  // A filtered search's title phase reads the entries (the filters are on them), not search_title.
  const filtered = applyFilter(em, base, filter);
  const columns = ['e.id', 'e.kind', 'e.ref_id', 'e.title', 'e.title_folded'];

  if (isPostgres(em)) {
    const tsquery = [
      ...q.terms.map((t) => `'${t}'`),
      ...q.phrases.map((p) => p.map((w) => `'${w}'`).join(' <-> ')),
      ...(q.prefix ? [`'${q.prefix}':*`] : []),
    ].join(' & ');
    const score = knex.raw(`ts_rank(${vector}, to_tsquery('simple', ?)) * 10 as score`, [tsquery]);
    const phases = await Promise.all([
      rowsOf(
        em,
        filtered
          ? base
              .clone()
              .select(...columns, score)
              .whereRaw(`to_tsvector('simple', e.title_folded) @@ to_tsquery('simple', ?)`, [
                tsquery,
              ])
              .orderBy('score', 'desc')
              .limit(TITLE_CANDIDATES)
          : base
              .clone()
              .select(...columns, score)
              .whereIn('e.id', bestTitles(em, tsquery, visibility)),
      ),
      rowsOf(
        em,
        base
          .clone()
          .select(...columns, score, 'e.body')
          .whereRaw(`${entityVector} @@ to_tsquery('simple', ?)`, [tsquery])
          .orderBy('score', 'desc')
          .limit(ENTITY_CANDIDATES),
      ),
      filtered || visibility !== 'published'
        ? rowsOf(em, recentOnPostgres(em, base, q, tsquery))
        : newestPublicOnPostgres(em, q, tsquery),
    ]);
    if (phases.some((p) => p.length > 0) || q.phrases.length > 0) return merged(...phases);
    // Nothing matched word for word: a typo or a missing syllable. Trigram similarity on titles.
    const typed = [...q.terms, ...(q.prefix ? [q.prefix] : [])].join(' ');
    const fuzzy = await rowsOf(
      em,
      base
        .clone()
        .select(...columns, knex.raw('word_similarity(?, e.title_folded) * 5 as score', [typed]))
        .whereRaw('? <% e.title_folded', [typed])
        .orderBy('score', 'desc')
        .limit(TITLE_CANDIDATES),
    );
    return fuzzy.map(toCandidate);
  }

  const match = [
    ...q.terms.map((t) => `"${t}"`),
    ...q.phrases.map((p) => `"${p.join(' ')}"`),
    ...(q.prefix ? [`"${q.prefix}"*`] : []),
  ].join(' ');
  // FTS5 serves all three phases: a filter on its title column, a filter on the entry's kind, and
  // its own rowid order (newest first).
  const fts = () =>
    base
      .clone()
      .join('search_fts as f', 'f.rowid', 'e.id')
      .select(...columns, knex.raw('-bm25(search_fts, 5.0, 1.0) as score'));
  // Title hits are found with a filter on the title column but scored on the whole query (a
  // filtered query's bm25 counts the title alone and would not compare with the other phases).
  // The `+` keeps the membership test a filter: as a rowid lookup FTS5 would redo the match once
  // per title hit.
  const titleHits = `+f.rowid in (select rowid from search_fts where search_fts match ?)`;
  // People, organisations and events, as a list of ids made once (from the kind's index) and
  // tested against each match: reading each match's entry to check its kind read every wide
  // article row that matched (30 ms for a common word at 10,000 articles; now 4).
  const entityIds = `+f.rowid in (select id from search_entry where kind <> '${SearchHitType.ARTICLE}')`;
  const phases = [
    await rowsOf(
      em,
      fts()
        .whereRaw('search_fts match ?', [match])
        .whereRaw(titleHits, [`{title_folded} : (${match})`])
        .orderBy('score', 'desc')
        .limit(TITLE_CANDIDATES),
    ),
    await rowsOf(
      em,
      fts()
        .select('e.body')
        .whereRaw('search_fts match ?', [match])
        .whereRaw(entityIds)
        .orderBy('score', 'desc')
        .limit(ENTITY_CANDIDATES),
    ),
    await rowsOf(
      em,
      fts()
        .whereRaw('search_fts match ?', [match])
        .orderBy('f.rowid', 'desc')
        .limit(RECENT_CANDIDATES),
    ),
  ];
  if (phases.some((p) => p.length > 0) || q.phrases.length > 0) return merged(...phases);
  // Nothing matched word for word: a typo or a missing syllable. Titles and names sharing the
  // most three-letter pieces with the query (FTS5's trigram index) come first.
  const pieces = [...new Set([...q.terms, ...(q.prefix ? [q.prefix] : [])].flatMap(trigrams))];
  if (pieces.length === 0) return [];
  const fuzzy = await rowsOf(
    em,
    base
      .clone()
      .join('search_trgm as g', 'g.rowid', 'e.id')
      .select(...columns, knex.raw('-bm25(search_trgm) as score'))
      .whereRaw('search_trgm match ?', [pieces.map((p) => `"${p}"`).join(' OR ')])
      .orderBy('score', 'desc')
      .limit(50),
  );
  // Like pg_trgm's word similarity: most of the query's pieces must be in the title.
  return fuzzy.map(toCandidate).filter((c) => {
    const inTitle = new Set(words(c.title).flatMap(trigrams));
    return pieces.filter((p) => inTitle.has(p)).length / pieces.length >= 0.6;
  });
}

/**
 * PostgreSQL's title hits worth scoring in full: at most TITLE_CANDIDATES, best by their title
 * alone, newest first among equals. Common words are in thousands of titles at 100,000
 * articles; these come from the narrow search_title table (a title vector and when the entry is
 * public), so picking them does not read every matching entry's wide row. The entries are then
 * read, scored and checked against their article like every other phase's.
 */
function bestTitles(
  em: EntityManager,
  tsquery: string,
  visibility: ArticleVisibility,
): Knex.QueryBuilder {
  const best = em
    .getKnex()('search_title as t')
    .select('t.id')
    .whereRaw(`t.title_vector @@ to_tsquery('simple', ?)`, [tsquery])
    .orderByRaw(`ts_rank(t.title_vector, to_tsquery('simple', ?)) desc, t.id desc`, [tsquery])
    .limit(TITLE_CANDIDATES);
  if (visibility === 'published')
    best.where('t.public_from', '<=', em.getPlatform().processDateProperty(new Date()) as never);
  return best;
}

/** How many of the newest entries holding every whole word the exact query is checked against. */
const RECENT_POOL = 1000;

/**
 * PostgreSQL's newest hits for a filtered search or an editor's (drafts too), from the entries
 * themselves, newest entry first. The planner estimates plain words well, but takes a phrase
 * (`a <-> b`) for far commoner than it is (as common as `a & b`), and then walks the whole table
 * backwards from the newest entry looking for matches (hundreds of ms at 100,000 articles). So
 * the newest entries holding every word are found first, at most RECENT_POOL of them, and the
 * exact query (phrases in order) is checked and scored on those alone.
 */
function recentOnPostgres(
  em: EntityManager,
  base: Knex.QueryBuilder,
  q: ParsedQuery,
  tsquery: string,
): Knex.QueryBuilder {
  const knex = em.getKnex();
  const pool = base
    .clone()
    .select('e.id', 'e.kind', 'e.ref_id', 'e.title', 'e.title_folded', `${vector} as search_vector`)
    .whereRaw(`${vector} @@ to_tsquery('simple', ?)`, [looseQuery(q)])
    .orderBy('e.id', 'desc')
    .limit(RECENT_POOL);
  return knex
    .select(
      'p.id',
      'p.kind',
      'p.ref_id',
      'p.title',
      'p.title_folded',
      knex.raw(`ts_rank(p.search_vector, to_tsquery('simple', ?)) * 10 as score`, [tsquery]),
    )
    .from(pool.as('p'))
    .whereRaw(`p.search_vector @@ to_tsquery('simple', ?)`, [tsquery])
    .orderBy('p.id', 'desc')
    .limit(RECENT_CANDIDATES);
}

/**
 * How many of the newest public articles the newest-hits phase reads, one by one, before it asks
 * the words' index instead: about 1 µs a row in search_recent, so at most about 5 ms. A query
 * that has not found enough hits among them is rarer than RECENT_CANDIDATES in RECENT_WALK (6 %),
 * and the index then finds few rows; a common one never gets there, however far the planner's
 * estimate is off (words in news are far from independent).
 */
export const RECENT_WALK = 5_000;

/**
 * PostgreSQL's newest hits for a reader's unfiltered search, from the search_recent table (public
 * articles in publication order, with their words): first a walk back through the newest
 * RECENT_WALK articles, which stops as soon as it has enough; when it has not, the same query
 * over every article, which the planner then serves from the words' index. Both give the same
 * answer when the first has enough: the newest hits are all among the newest articles. People,
 * organisations and events have their own phase.
 *
 * One statement: the fallback sits behind a condition on the walk's count, which PostgreSQL
 * evaluates first, so it runs only when the walk fell short (its plan says "never executed"
 * otherwise). As two statements, a rare query paid a second round trip and a second planning.
 */
function newestPublicOnPostgres(
  em: EntityManager,
  q: ParsedQuery,
  tsquery: string,
): Promise<Record<string, unknown>[]> {
  const knex = em.getKnex();
  const now = em.getPlatform().processDateProperty(new Date()) as never;
  const newestFirst = [
    { column: 'r.public_from', order: 'desc' },
    { column: 'r.id', order: 'desc' },
  ];
  // The newest public articles holding every word (phrases' words not yet in order), at most RECENT_CANDIDATES.
  const holding = (from: Knex.QueryBuilder) =>
    from
      .select('r.id')
      .whereRaw(`r.words @@ to_tsquery('simple', ?)`, [looseQuery(q)])
      .orderBy(newestFirst)
      .limit(RECENT_CANDIDATES);
  const newest = () => knex('search_recent as r').where('r.public_from', '<=', now);
  // The LIMIT inside keeps the walk a walk: the words are checked on the rows it passes.
  const walked = holding(
    knex.from(
      newest()
        .select('r.id', 'r.public_from', 'r.words')
        .orderBy(newestFirst)
        .limit(RECENT_WALK)
        .as('r'),
    ),
  );
  const enough = `(select count(*) from walked) >= ${RECENT_CANDIDATES}`;
  const pool = knex
    .select('id')
    .from('walked')
    .whereRaw(enough)
    .unionAll((u) => u.select('x.id').from(holding(newest()).as('x')).whereRaw(`not ${enough}`));
  return rowsOf(
    em,
    knex
      .withMaterialized('walked', walked)
      .with('pool', pool)
      .select(
        'e.id',
        'e.kind',
        'e.ref_id',
        'e.title',
        'e.title_folded',
        knex.raw(`ts_rank(${vector}, to_tsquery('simple', ?)) * 10 as score`, [tsquery]),
      )
      .from('search_entry as e')
      // By primary key, one entry per pooled id: as a join, the planner (which takes a phrase for
      // far commoner than it is) could scan every entry instead.
      .whereRaw('e.id = any(array(select id from pool))')
      // Phrases in order: the pool holds every word, not yet in order. (Without phrases the pool's
      // query is the query, and checking again would read each entry's vector once more.)
      .modify((qb) =>
        q.phrases.length ? qb.whereRaw(`${vector} @@ to_tsquery('simple', ?)`, [tsquery]) : qb,
      )
      // The entry's publication time is its article's, so this is the pool's order.
      .orderByRaw('e.published_at desc nulls last, e.id desc'),
  );
}

/** Every word of the query, phrases' words included but not in order: what an index can find. */
const looseQuery = (q: ParsedQuery) =>
  [...q.terms, ...q.phrases.flat()]
    .map((w) => `'${w}'`)
    .concat(q.prefix ? [`'${q.prefix}':*`] : [])
    .join(' & ');

/** The phases' rows as one list without repeats, best first by the database's score. */
function merged(...phases: Record<string, unknown>[][]): Candidate[] {
  const byId = new Map<number, Candidate>();
  for (const row of phases.flat()) {
    const c = toCandidate(row);
    const seen = byId.get(c.entryId);
    if (!seen || seen.score < c.score) byId.set(c.entryId, { ...c, body: c.body ?? seen?.body });
    else if (seen.body === undefined) seen.body = c.body;
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.entryId - b.entryId);
}

/** The three-letter pieces of a word ("long" -> "lon", "ong"). */
const trigrams = (word: string) =>
  Array.from({ length: Math.max(0, word.length - 2) }, (_, i) => word.slice(i, i + 3));

function toCandidate(r: Record<string, unknown>): Candidate {
  const c: Candidate = {
    entryId: Number(r.id),
    kind: r.kind as SearchHitType,
    refId: Number(r.ref_id),
    title: String(r.title),
    titleFolded: String(r.title_folded),
    score: Number(r.score),
  };
  if (r.body !== undefined) c.body = String(r.body);
  return c;
}

/** How many of the best candidates get the full ranking (their text read and compared). */
export const RERANKED = 100;

/** Reads the body text of the given entries (for ranking and highlights), in one statement. */
export async function withBodies(em: EntityManager, list: Candidate[]): Promise<void> {
  const need = list.filter((c) => c.body === undefined);
  if (need.length === 0) return;
  const ids = need.map((c) => c.entryId);
  const rows = await rowsOf<{ id: number; body: string }>(
    em,
    whereIdIn(em, em.getKnex()('search_entry').select('id', 'body'), 'id', ids),
    [],
    { reuse: true },
  );
  const byId = new Map(rows.map((r) => [Number(r.id), String(r.body)]));
  for (const c of need) c.body = byId.get(c.entryId) ?? '';
}

const linkOf = {
  person: ['article_people', 'person_id', 'person'],
  organisation: ['article_organisations', 'organisation_id', 'organisation'],
  event: ['article_events', 'event_id', 'event'],
} as const;

/** Adds the filters to the candidates' query; says whether there were any. */
function applyFilter(em: EntityManager, qb: Knex.QueryBuilder, f: SearchFilterValues): boolean {
  const knex = em.getKnex();
  const date = (d: Date) => em.getPlatform().processDateProperty(d) as never;
  if (f.types?.length) qb.whereIn('e.kind', f.types);
  const articlesOnly =
    f.category || f.publishedAfter || f.publishedBefore || f.person || f.organisation || f.event;
  if (articlesOnly) qb.where('e.kind', SearchHitType.ARTICLE);
  if (f.category)
    qb.whereIn('e.category_id', knex('category').select('id').where('slug', f.category));
  if (f.publishedAfter) qb.where('e.published_at', '>=', date(f.publishedAfter));
  if (f.publishedBefore) qb.where('e.published_at', '<', date(f.publishedBefore));
  for (const key of ['person', 'organisation', 'event'] as const) {
    const slug = f[key];
    if (!slug) continue;
    const [table, column, entity] = linkOf[key];
    qb.whereIn(
      'e.ref_id',
      knex(table)
        .select('article_id')
        .whereIn(column, knex(entity).select('id').where('slug', slug)),
    );
  }
  return Boolean(f.types?.length || articlesOnly);
}

export type Ranked = Candidate & { rank: number };

/**
 * The final order: the database's score relative to the best candidate's (0 to 1, so that the
 * two engines, whose scores differ in scale, rank alike), plus a title or name hit, plus a
 * person, organisation or event whose name matches (more when the name is exactly what was
 * typed), plus an article whose headline holds the words in the order typed, plus the query's
 * accents found as typed ("tội phạm" above "tôi phạm"; judged for the candidates whose text was
 * read). Ties go to the older entry.
 */
export function rank(
  q: ParsedQuery,
  list: Candidate[],
  best = Math.max(0, ...list.map((c) => c.score)),
): Ranked[] {
  const wanted = [...q.terms, ...q.phrases.flat()];
  // The words as typed, in order, the last perhaps still being typed (a prefix): folded, or with
  // their accents when the query has some (then "tội phạm" is not "tôi phạm").
  const folded = q.phrases.length === 0 ? [...q.terms, ...(q.prefix ? [q.prefix] : [])] : [];
  const accented = q.accented.join(' ') !== folded.join(' ') && q.accented.length === folded.length;
  const typed = accented ? q.accented : folded;
  const isTyped = (word: string, i: number) =>
    i === typed.length - 1 && q.prefix ? word.startsWith(typed[i]) : word === typed[i];
  // (`titleWords`: the title's folded words, which the caller has split already.)
  const titleAsTyped = (c: Candidate, titleWords: string[]) =>
    accented ? (c.title.toLowerCase().normalize('NFC').match(WORD) ?? []) : titleWords;
  const asTyped = (text: string) =>
    accented ? (text.toLowerCase().normalize('NFC').match(WORD) ?? []) : words(text);
  // The names a reader may type: the name, and an organisation's or event's short name and
  // aliases (its entry's other lines). A person's other lines are a rank and a position.
  const namesAsTyped = (c: Candidate, titleWords: string[]) => [
    titleAsTyped(c, titleWords),
    ...(c.kind !== SearchHitType.PERSON && c.body ? c.body.split('\n').map(asTyped) : []),
  ];
  // The query's words with their accents, each as a whole word of the text (the last, while
  // typed, as the start of one), in any case.
  const asWritten = q.accented.map((w, i) =>
    wordPattern(w, i === q.accented.length - 1 && q.prefix !== null),
  );
  const isExactly = (name: string[]) =>
    typed.length > 0 && name.length === typed.length && name.every(isTyped);
  return list
    .map((c) => {
      const titleWords = c.titleFolded.match(WORD) ?? [];
      // A person's rank and title, an organisation's short name and aliases are names too.
      // (Lists, not sets: a title has a dozen words, and this runs for every candidate.)
      const nameWords =
        c.kind === SearchHitType.ARTICLE || !c.body
          ? titleWords
          : [...titleWords, ...words(c.body)];
      const inTitle =
        wanted.every((w) => nameWords.includes(w)) &&
        (!q.prefix || nameWords.some((w) => w.startsWith(q.prefix!)));
      let score = best > 0 ? Math.max(0, c.score) / best : 0;
      if (inTitle) score += 2;
      if (inTitle && c.kind !== SearchHitType.ARTICLE) {
        // A name that is exactly what was typed ("Bo Cong an", "INTERPOL") beats an article that
        // mentions it; a longer name that merely contains it ("... về tội phạm mạng ...") does not.
        score += namesAsTyped(c, titleWords).some(isExactly) ? 2.5 : 1;
      }
      if (c.kind === SearchHitType.ARTICLE && typed.length >= 2) {
        // The story whose headline holds the words as typed, in order: what a reader searching
        // a news portal looks for, above the longer names that contain the same words.
        const headline = titleAsTyped(c, titleWords);
        if (
          headline.some((_, start) =>
            typed.every(
              (_, i) => headline[start + i] !== undefined && isTyped(headline[start + i], i),
            ),
          )
        )
          score += 1.5;
      }
      if (c.body !== undefined) {
        const original = `${c.title}\n${c.body}`.normalize('NFC');
        if (asWritten.every((word) => word.test(original))) score += 1.5;
      }
      // Written out, not spread: candidates come with and without a body, and a spread of
      // objects of several shapes took about a fifth of this function's time in a profile.
      const { entryId, kind, refId, title, titleFolded, body } = c;
      return {
        entryId,
        kind,
        refId,
        title,
        titleFolded,
        score: c.score,
        body,
        rank: Math.round(score * 10_000) / 10_000,
      };
    })
    .sort((a, b) => b.rank - a.rank || a.entryId - b.entryId);
}

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * A pattern for `word` (letters and digits only) as a whole word of a text, or with `prefix` as
 * the start of one, in any case: what splitting the lower-cased text into words would find,
 * without lower-casing a long body for a few words.
 */
const wordPattern = (word: string, prefix: boolean) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');

/**
 * Ranks the candidates in two passes: all of them on what they carry (the database's score, the
 * title or name, and the few words of a person's, organisation's or event's entry), then the best
 * RERANKED of those again with their text read. A name that is exactly what was typed is in the
 * second pass however many articles the database scores higher (at 100,000 articles, hundreds
 * mention Kaspersky more often than its own entry does). The rest stay in their first order,
 * below everything ranked with its text.
 */
export async function rankAll(
  em: EntityManager,
  q: ParsedQuery,
  list: Candidate[],
): Promise<Ranked[]> {
  const best = Math.max(0, ...list.map((c) => c.score));
  const first = rank(q, list, best);
  const head = first.slice(0, RERANKED);
  await withBodies(em, head);
  const ranked = rank(q, head, best);
  const floor = ranked.at(-1)?.rank ?? 0;
  // (The first pass's objects are rank's own, made for this call: set in place.)
  const tail = first.slice(RERANKED);
  for (const r of tail) r.rank = Math.min(r.rank, floor - 0.0001);
  return [...ranked, ...tail];
}

/** Marks the matched words in the original, accented text: `<mark>tội phạm</mark>`; the rest is escaped. */
export function mark(text: string, q: ParsedQuery): { html: string; first: number } | null {
  const { folded, origin } = foldWithMap(text);
  const exact = new Set([...q.terms, ...q.phrases.flat()]);
  const spans: [number, number][] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (exact.has(w) || (q.prefix && w.startsWith(q.prefix)))
      spans.push([origin[m.index!], origin[m.index! + w.length]]);
  }
  if (spans.length === 0) return null;
  let html = '';
  let at = 0;
  for (const [s, e] of spans) {
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return { html: html + escapeHtml(text.slice(at)), first: spans[0][0] };
}

const SNIPPET_CHARS = 160;

export function highlights(q: ParsedQuery, c: Candidate): { field: string; snippet: string }[] {
  const out: { field: string; snippet: string }[] = [];
  const title = mark(c.title, q);
  if (title)
    out.push({ field: c.kind === SearchHitType.ARTICLE ? 'title' : 'name', snippet: title.html });
  // The body: a window of text around the first match, cut on spaces.
  const body = c.body ?? '';
  const firstMatch = mark(body, q);
  if (firstMatch) {
    const start = Math.max(
      0,
      body.lastIndexOf(' ', Math.max(0, firstMatch.first - SNIPPET_CHARS / 3)) + 1,
    );
    let end = Math.min(body.length, start + SNIPPET_CHARS);
    if (end < body.length) end = Math.max(body.lastIndexOf(' ', end), firstMatch.first + 1);
    const window = mark(body.slice(start, end), q);
    if (window)
      out.push({
        field: c.kind === SearchHitType.ARTICLE ? 'body' : 'details',
        snippet: `${start > 0 ? '…' : ''}${window.html}${end < body.length ? '…' : ''}`,
      });
  }
  return out;
}

// Keeps search_entry in step with the content: called inside the transaction that writes the
// content, so the index never lags what it indexes. Reads plain rows; no entities involved, so
// the migration that builds the index for existing rows can use it too.
import type { Knex } from '@mikro-orm/knex';
import { fold } from '../../text/vietnamese.js';
import { SearchHitType } from './search-entry.entity.js';
import { ArticleStatus } from '../article/article.entity.js';

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- database rows of several shapes, read by column name

/** Builds statements with `knex` and runs them with `run`, inside the caller's transaction. */
export type Db = { knex: Knex; run(qb: Knex.QueryBuilder): Promise<Row[]> };

/** For code holding an EntityManager (seeders): its transaction, if it is in one. */
export const dbOf = (em: {
  getKnex(): Knex;
  execute(qb: Knex.QueryBuilder): Promise<unknown>;
}): Db => ({
  knex: em.getKnex(),
  run: async (qb) => (await em.execute(qb)) as Row[],
});
type Entry = {
  kind: SearchHitType;
  ref_id: number;
  title: string;
  body: string;
  published_at: unknown;
  category_id: number | null;
};

const joinText = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim()).join('\n');

async function articleEntries({ knex, run }: Db, ids?: number[]): Promise<Entry[]> {
  const scope = (q: Knex.QueryBuilder, column: string) => (ids ? q.whereIn(column, ids) : q);
  const articles: Row[] = await run(
    scope(knex('article').select('id', 'title', 'lead', 'published_at', 'category_id'), 'id'),
  );
  const blocks: Row[] = await run(
    scope(
      knex('article_block')
        .select('article_id', 'text')
        .whereNotNull('text')
        .orderBy(['article_id', 'position']),
      'article_id',
    ),
  );
  const captions: Row[] = await run(
    scope(
      knex('image')
        .select('article_id', 'caption')
        .whereNotNull('caption')
        .orderBy(['article_id', 'position']),
      'article_id',
    ),
  );
  const tags: Row[] = await run(
    scope(
      knex('article_tags as l')
        .join('tag as t', 't.id', 'l.tag_id')
        .select('l.article_id', 't.name')
        .orderBy(['l.article_id', 'l.id']),
      'l.article_id',
    ),
  );
  const textOf = new Map<number, string[]>();
  for (const r of [
    ...blocks.map((b) => [b.article_id, b.text]),
    ...captions.map((c) => [c.article_id, c.caption]),
    ...tags.map((t) => [t.article_id, t.name]),
  ]) {
    textOf.set(Number(r[0]), [...(textOf.get(Number(r[0])) ?? []), String(r[1])]);
  }
  return articles.map((a) => ({
    kind: SearchHitType.ARTICLE,
    ref_id: Number(a.id),
    title: a.title,
    body: joinText(a.lead, ...(textOf.get(Number(a.id)) ?? [])),
    published_at: a.published_at,
    category_id: a.category_id,
  }));
}

async function otherEntries(
  { knex, run }: Db,
  kind: SearchHitType,
  ids?: number[],
): Promise<Entry[]> {
  const table = { PERSON: 'person', ORGANISATION: 'organisation', EVENT: 'event' }[
    kind as 'PERSON'
  ];
  const q = knex(table).select('*');
  if (ids) q.whereIn('id', ids);
  const rows: Row[] = await run(q);
  return rows.map((r) => {
    const aliases: string[] =
      typeof r.aliases === 'string' ? JSON.parse(r.aliases) : (r.aliases ?? []);
    const body =
      kind === SearchHitType.PERSON
        ? joinText(r.rank, r.title)
        : kind === SearchHitType.ORGANISATION
          ? joinText(r.short_name, ...aliases)
          : joinText(r.short_name);
    return {
      kind,
      ref_id: Number(r.id),
      title: r.name,
      body,
      published_at: null,
      category_id: null,
    };
  });
}

export type Reindex = {
  articles?: number[];
  people?: number[];
  organisations?: number[];
  events?: number[];
};

/** Rewrites the entries of the given objects (all objects when called without a scope). */
export async function reindex(db: Db, scope?: Reindex) {
  const { knex, run } = db;
  // PostgreSQL keeps a stored tsvector beside the folded text (see its search migration).
  const postgres = String(knex.client.dialect) === 'postgresql';
  const parts: [SearchHitType, number[] | undefined][] = [
    [SearchHitType.ARTICLE, scope ? (scope.articles ?? []) : undefined],
    [SearchHitType.PERSON, scope ? (scope.people ?? []) : undefined],
    [SearchHitType.ORGANISATION, scope ? (scope.organisations ?? []) : undefined],
    [SearchHitType.EVENT, scope ? (scope.events ?? []) : undefined],
  ];
  for (const [kind, ids] of parts) {
    if (ids && ids.length === 0) continue;
    const del = knex('search_entry').where('kind', kind);
    if (ids) del.whereIn('ref_id', ids);
    await run(del.delete());
    const entries =
      kind === SearchHitType.ARTICLE
        ? await articleEntries(db, ids)
        : await otherEntries(db, kind, ids);
    const rows = entries.map((e) => {
      const row: Record<string, unknown> & { title_folded: string; body_folded: string } = {
        ...e,
        title_folded: fold(e.title),
        body_folded: fold(e.body),
      };
      if (postgres) {
        row.search_vector = knex.raw(
          `setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`,
          [row.title_folded, row.body_folded],
        );
      }
      return row;
    });
    for (let i = 0; i < rows.length; i += 200)
      await run(knex('search_entry').insert(rows.slice(i, i + 200)));
    if (postgres) await run(titlesOf(knex, kind, ids));
    if (postgres && kind === SearchHitType.ARTICLE) await run(recentOf(knex, ids));
  }
}

/**
 * PostgreSQL's narrow title table (see its search_title migration) for the entries just written:
 * each title's own vector, and from when the entry is public (-infinity for people,
 * organisations and events; null for an article no one may see yet). The old rows went with
 * their entries (on delete cascade).
 */
function titlesOf(knex: Knex, kind: SearchHitType, ids: number[] | undefined): Knex.QueryBuilder {
  const fresh = knex('search_entry as e')
    .leftJoin('article as a', (j) =>
      j.on('a.id', '=', 'e.ref_id').andOnVal('e.kind', '=', SearchHitType.ARTICLE),
    )
    .select(
      'e.id',
      knex.raw(
        `case when e.kind <> ? then '-infinity'::timestamptz when a.status = ? then coalesce(a.published_at, '-infinity'::timestamptz) end`,
        [SearchHitType.ARTICLE, ArticleStatus.PUBLISHED],
      ),
      knex.raw(`to_tsvector('simple', e.title_folded)`),
    )
    .where('e.kind', kind);
  if (ids) fresh.whereIn('e.ref_id', ids);
  // Columns in the table's order: id, public_from, title_vector.
  return knex('search_title').insert(fresh);
}

/**
 * PostgreSQL's newest-hits table (see its search_recent migration) for the article entries just
 * written: the public ones (published, perhaps for later), from when they are public, with their
 * words. The old rows went with their entries (on delete cascade).
 */
function recentOf(knex: Knex, ids: number[] | undefined): Knex.QueryBuilder {
  const fresh = knex('search_entry as e')
    .join('article as a', 'a.id', 'e.ref_id')
    .select(
      'e.id',
      knex.raw(`coalesce(a.published_at, '-infinity'::timestamptz)`),
      knex.raw('strip(e.search_vector)'),
    )
    .where('e.kind', SearchHitType.ARTICLE)
    .where('a.status', ArticleStatus.PUBLISHED);
  if (ids) fresh.whereIn('e.ref_id', ids);
  // In publication order, as new articles arrive: the newest-hits phase walks the table in that
  // order, and rows stored in it are read from a few pages, not one page each (a full reindex
  // of 100,000 articles otherwise stores them in id order). By public_from, then id.
  fresh.orderByRaw('2, 1');
  // Columns in the table's order: id, public_from, words.
  return knex('search_recent').insert(fresh);
}

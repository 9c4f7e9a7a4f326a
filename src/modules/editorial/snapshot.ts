// An article as an editor would compare two versions of it: its fields, its links as slugs, its
// body in words. Two snapshots give the revision's "what changed".
import type { EntityManager } from '@mikro-orm/knex';
import { rowOf, rowsOf } from '../../db/rows.js';
import { articleLinks } from '../article/article.entity.js';
import type { FieldChange } from './article-revision.entity.js';

export type Snapshot = Record<string, unknown>;

const linkSlugs = async (
  em: EntityManager,
  id: number,
  link: { table: string; column: string; target: string },
) =>
  (
    await rowsOf<{ slug: string }>(
      em,
      em
        .getKnex()(`${link.table} as l`)
        .join(`${link.target} as t`, 't.id', `l.${link.column}`)
        .select('t.slug')
        .where('l.article_id', id)
        .orderBy('l.id'),
    )
  ).map((r) => r.slug);

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export async function snapshotOf(em: EntityManager, id: number): Promise<Snapshot> {
  const knex = em.getKnex();
  const a = await rowOf(
    em,
    knex('article as a')
      .leftJoin('category as c', 'c.id', 'a.category_id')
      .select('a.*', 'c.slug as category_slug')
      .where('a.id', id),
  );
  if (!a) return {};
  const links = {
    authors: ['article_authors', 'person_id', 'person'],
    tags: ['article_tags', 'tag_id', 'tag'],
    people: ['article_people', 'person_id', 'person'],
    organisations: ['article_organisations', 'organisation_id', 'organisation'],
    events: ['article_events', 'event_id', 'event'],
    places: ['article_places', 'place_id', 'place'],
  } satisfies Record<keyof typeof articleLinks, [string, string, string]>;
  const out: Snapshot = {
    title: a.title,
    slug: a.slug,
    lead: a.lead ?? null,
    status: a.withdrawn_at != null ? 'WITHDRAWN' : a.status,
    publishedAt: iso(a.published_at),
    category: a.category_slug ?? null,
  };
  for (const [field, [table, column, target]] of Object.entries(links)) {
    out[field] = await linkSlugs(em, id, { table, column, target });
  }
  const blocks = await rowsOf<{ kind: string; text: string | null }>(
    em,
    knex('article_block').select('kind', 'text').where('article_id', id).orderBy('position'),
  );
  const words = blocks.reduce((n, b) => n + (b.text?.split(/\s+/).filter(Boolean).length ?? 0), 0);
  out.body = blocks.length ? { blocks: blocks.length, words } : null;
  const images = await rowsOf<{ url: string | null; caption: string | null }>(
    em,
    knex('image').select('url', 'caption').where('article_id', id).orderBy('position'),
  );
  out.images = images.map((i) => i.caption ?? i.url);
  return out;
}

const json = (v: unknown) =>
  v == null || (Array.isArray(v) && v.length === 0) ? null : JSON.stringify(v);

/** The fields whose value differs, with before and after as JSON text. */
export function changesBetween(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }))
    .filter((c) => c.before !== c.after);
}

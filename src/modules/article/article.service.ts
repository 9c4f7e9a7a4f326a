// Lookups of single articles and the rules of who sees what.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { ArticleVisibility } from '../access/caller.js';
import { Article, ArticleStatus } from './article.entity.js';
import { entityOf } from '../../db/rows.js';

/**
 * What anonymous callers may see: published, and not scheduled for later. `alias` is the article
 * table's name or alias in `qb`.
 */
export function wherePublic(
  em: EntityManager,
  qb: Knex.QueryBuilder,
  alias = 'a',
): Knex.QueryBuilder {
  const now = em.getPlatform().processDateProperty(new Date()) as Knex.Value;
  return qb
    .where(`${alias}.status`, ArticleStatus.PUBLISHED)
    .andWhere((q) =>
      q.whereNull(`${alias}.published_at`).orWhere(`${alias}.published_at`, '<=', now),
    );
}

/** `wherePublic`'s rule for an article already read: published, and not scheduled for later than `now`. */
export function isPublicAt(article: Pick<Article, 'status' | 'publishedAt'>, now: number): boolean {
  return (
    article.status === ArticleStatus.PUBLISHED &&
    (article.publishedAt == null || article.publishedAt.getTime() <= now)
  );
}

/** The articles a caller may see (editors: all of them). */
export function whereVisible(
  em: EntityManager,
  qb: Knex.QueryBuilder,
  visibility: ArticleVisibility,
  alias = 'a',
): Knex.QueryBuilder {
  return visibility === 'all' ? qb : wherePublic(em, qb, alias);
}

export async function findVisibleArticle(
  em: EntityManager,
  where: { slug: string } | { id: number },
  visibility: ArticleVisibility,
): Promise<Article | null> {
  const qb = em.getKnex()('article as a').select('a.*').limit(1);
  if ('slug' in where) qb.where('a.slug', where.slug);
  else qb.where('a.id', where.id);
  const found = await entityOf(em, Article, whereVisible(em, qb, visibility));
  if (found || !('slug' in where)) return found;
  // A slug the article had before its title changed still finds it (its `slug` is the current one).
  const retired = em
    .getKnex()('article as a')
    .select('a.*')
    .join('article_slug as s', 's.article_id', 'a.id')
    .where('s.slug', where.slug)
    .limit(1);
  return entityOf(em, Article, whereVisible(em, retired, visibility));
}

export function articleUrl(baseUrl: string, article: Pick<Article, 'slug'>): string {
  return `${baseUrl}/${encodeURIComponent(article.slug)}`;
}

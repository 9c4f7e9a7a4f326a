// Per-request batching for article lists hanging off other objects (person.articles, ...).
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { CursorValue } from '../../db/cursor.js';
import type { ArticleVisibility } from '../access/caller.js';
import { Article as ArticleEntity, type Article } from './article.entity.js';
import { asEntity, rowsOf } from '../../db/rows.js';
import { whereVisible } from './article.service.js';
import { ArticleQueries, type ArticleParent } from './article.query.js';

export type ArticlesOfKey = {
  kind: ArticleParent;
  parent: number;
  first: number;
  after?: CursorValue;
};
export type ArticlesPage = { hasNextPage: boolean; items: { node: Article; cursor: string }[] };

export function articleLoaders(em: EntityManager, visibility: ArticleVisibility) {
  const queries = new ArticleQueries(em, visibility);

  // Keys asking for the same page shape (kind, first, after) share one windowed statement.
  const articlesOf = new DataLoader<ArticlesOfKey, ArticlesPage, string>(
    async (keys) => {
      const groups = new Map<string, ArticlesOfKey[]>();
      for (const k of keys) {
        const shape = JSON.stringify([k.kind, k.first, k.after ?? null]);
        groups.set(shape, [...(groups.get(shape) ?? []), k]);
      }
      const results = new Map<string, ArticlesPage>();
      for (const group of groups.values()) {
        const { kind, first, after } = group[0];
        const pages = await queries.pagesOf(
          kind,
          [...new Set(group.map((k) => k.parent))],
          first,
          after,
        );
        for (const k of group) results.set(JSON.stringify(k), pages.get(k.parent)!);
      }
      return keys.map((k) => results.get(JSON.stringify(k))!);
    },
    { cacheKeyFn: (k) => JSON.stringify(k) },
  );

  const articleCountOf = new DataLoader<{ kind: ArticleParent; parent: number }, number, string>(
    async (keys) => {
      const results = new Map<string, number>();
      const kinds = new Set(keys.map((k) => k.kind));
      for (const kind of kinds) {
        const parents = keys.filter((k) => k.kind === kind).map((k) => k.parent);
        const counts = await queries.countsOf(kind, [...new Set(parents)]);
        for (const [p, n] of counts) results.set(`${kind}:${p}`, n);
      }
      return keys.map((k) => results.get(`${k.kind}:${k.parent}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.kind}:${k.parent}` },
  );

  /** Articles by id, each only if the caller may see it (null otherwise): change feed entries. */
  const visibleArticle = new DataLoader<number, Article | null>(async (ids) => {
    const rows = await rowsOf(
      em,
      whereVisible(
        em,
        em
          .getKnex()('article as a')
          .select('a.*')
          .whereIn('a.id', ids as number[]),
        visibility,
      ),
    );
    const byId = new Map(rows.map((r) => [Number(r.id), asEntity(em, ArticleEntity, r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  return { articleQueries: queries, articlesOf, articleCountOf, visibleArticle };
}

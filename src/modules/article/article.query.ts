// The article lists: root `articles`, `latest`, and the `articles` connections of people,
// organisations, events, categories and tags. Nested connections of many parents run as one
// windowed statement per page shape, so a list of 50 people costs the same as a list of 5.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { CursorValue } from '../../db/cursor.js';
import { orderSql, sortKey, whereAfter, type SortSpec } from '../../db/keyset.js';
import { pageQuery, rowsToPage } from '../../db/paging.js';
import { rowOf, rowsOf } from '../../db/rows.js';
import { Article, ArticleStatus } from './article.entity.js';
import type { ArticleVisibility } from '../access/caller.js';
import { whereVisible } from './article.service.js';

export enum ArticleOrder {
  PUBLISHED_AT_DESC = 'PUBLISHED_AT_DESC',
  PUBLISHED_AT_ASC = 'PUBLISHED_AT_ASC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  UPDATED_AT_ASC = 'UPDATED_AT_ASC',
}

const sort = (field: 'published_at' | 'updated_at', dir: 'asc' | 'desc'): SortSpec => ({
  column: `a.${field}`,
  field,
  dir,
  type: 'date',
  nullable: field === 'published_at',
  id: 'a.id',
});

export const articleSorts: Record<ArticleOrder, SortSpec> = {
  PUBLISHED_AT_DESC: sort('published_at', 'desc'),
  PUBLISHED_AT_ASC: sort('published_at', 'asc'),
  UPDATED_AT_DESC: sort('updated_at', 'desc'),
  UPDATED_AT_ASC: sort('updated_at', 'asc'),
};

/** Things articles are linked to; each names the tables that hold the link. */
export type ArticleParent = 'person' | 'organisation' | 'event' | 'place' | 'tag' | 'category';

const linkTables: Record<ArticleParent, { table: string; article: string; parent: string }[]> = {
  // A person's articles: those they wrote and those that mention them.
  person: [
    { table: 'article_authors', article: 'article_id', parent: 'person_id' },
    { table: 'article_people', article: 'article_id', parent: 'person_id' },
  ],
  organisation: [
    { table: 'article_organisations', article: 'article_id', parent: 'organisation_id' },
  ],
  event: [{ table: 'article_events', article: 'article_id', parent: 'event_id' }],
  place: [{ table: 'article_places', article: 'article_id', parent: 'place_id' }],
  tag: [{ table: 'article_tags', article: 'article_id', parent: 'tag_id' }],
  category: [{ table: 'article', article: 'id', parent: 'category_id' }],
};

/** How many of the newest articles a nested page is first looked for in (see pagesOf). */
const NEWEST_WINDOW = 500;

export type ArticleFilterValues = {
  category?: string;
  tag?: string;
  person?: string;
  organisation?: string;
  event?: string;
  place?: string;
  publishedAfter?: Date;
  publishedBefore?: Date;
  updatedAfter?: Date;
  /** Editorial states (editors only; checked by the resolver). */
  status?: string[];
};

export class ArticleQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly visibility: ArticleVisibility,
  ) {}

  private get knex(): Knex {
    return this.em.getKnex();
  }

  /** Dates as the driver stores them (SQLite: epoch ms), for hand-built statements. */
  private dbDate(d: Date): Knex.Value {
    return this.em.getPlatform().processDateProperty(d) as Knex.Value;
  }

  /** (article_id, parent_id) pairs linking articles to the given parents. */
  private links(
    kind: ArticleParent,
    parents: readonly number[] | Knex.QueryBuilder,
  ): Knex.QueryBuilder {
    const parts = linkTables[kind].map((l) =>
      this.knex(l.table)
        .select(`${l.article} as article_id`, `${l.parent} as parent_id`)
        .whereIn(l.parent, parents as never),
    );
    return parts.length === 1 ? parts[0] : parts[0].union(parts.slice(1));
  }

  private base(filter: ArticleFilterValues = {}): Knex.QueryBuilder {
    const qb = whereVisible(this.em, this.knex('article as a'), this.visibility);
    // A section's articles come from the (category_id, publication date, id) index, in order.
    if (filter.category !== undefined) {
      qb.where('a.category_id', this.knex('category').select('id').where('slug', filter.category));
    }
    const bySlug: [ArticleParent, string | undefined][] = [
      ['tag', filter.tag],
      ['person', filter.person],
      ['organisation', filter.organisation],
      ['event', filter.event],
      ['place', filter.place],
    ];
    for (const [kind, slug] of bySlug) {
      if (slug === undefined) continue;
      const parent = this.knex(kind).select('id').where('slug', slug);
      qb.whereIn('a.id', this.knex.select('l.article_id').from(this.links(kind, parent).as('l')));
    }
    // Date ranges on the sort key itself, so the order index serves them as a range.
    const key = sortKey(this.em, articleSorts.PUBLISHED_AT_DESC);
    if (filter.publishedAfter) qb.whereRaw(`${key} >= ?`, [this.dbDate(filter.publishedAfter)]);
    if (filter.publishedBefore)
      qb.whereNotNull('a.published_at').whereRaw(`${key} < ?`, [
        this.dbDate(filter.publishedBefore),
      ]);
    if (filter.updatedAfter) qb.where('a.updated_at', '>', this.dbDate(filter.updatedAfter));
    if (filter.status) {
      // WITHDRAWN is stored as DRAFT with withdrawn_at set (see storedStatuses).
      const statuses = filter.status;
      qb.where((q) => {
        for (const status of statuses) {
          if (status === ArticleStatus.WITHDRAWN) q.orWhereNotNull('a.withdrawn_at');
          else q.orWhere((one) => one.where('a.status', status).whereNull('a.withdrawn_at'));
        }
      });
    }
    return qb;
  }

  page(args: {
    filter?: ArticleFilterValues;
    order: ArticleOrder;
    first: number;
    after?: CursorValue;
  }) {
    const qb = this.base(args.filter).select('a.*');
    return pageQuery(this.em, Article, qb, articleSorts[args.order], args.first, args.after);
  }

  async count(filter?: ArticleFilterValues): Promise<number> {
    const row = await rowOf<{ n: number | string }>(this.em, this.base(filter).count('* as n'));
    return Number(row?.n ?? 0);
  }

  /**
   * One page per parent, for many parents, in one statement: a `union all` of one limited,
   * index-ordered part per parent (SQLite has no LATERAL).
   *
   * A section's page comes from its own (category, date, id) index. The articles of a person,
   * tag, ... are first looked for among the newest NEWEST_WINDOW articles, in index order, each
   * checked against the link tables: a page found there is exact (any other article of the
   * parent is older), and costs the same however many articles the parent has. Only for a parent
   * with too few articles among the newest is the page read from all of its links and sorted;
   * for such a parent that is few rows. (Reading all of a popular person's 22,000 links and
   * sorting their articles took 200 ms at 100,000 articles.)
   */
  async pagesOf(
    kind: ArticleParent,
    parents: readonly number[],
    first: number,
    after?: CursorValue,
  ) {
    const spec = articleSorts.PUBLISHED_AT_DESC;
    const knex = this.knex;
    const limited = (qb: Knex.QueryBuilder) => {
      if (after) whereAfter(this.em, qb, spec, after);
      return qb.orderByRaw(orderSql(this.em, spec)).limit(first + 1);
    };
    const everyLink = (parent: number) =>
      limited(
        this.base()
          .select('a.*', knex.raw('? as __parent', [parent]))
          .whereIn('a.id', knex.select('l.article_id').from(this.links(kind, [parent]).as('l'))),
      );
    let statement: Knex.QueryBuilder | undefined;
    if (kind === 'category') {
      const parts = parents.map((parent, i) =>
        knex.select('*').from(
          limited(
            this.base()
              .select('a.*', knex.raw('? as __parent', [parent]))
              .where('a.category_id', parent),
          ).as(`p${i}`),
        ),
      );
      statement = parts.length ? parts[0].unionAll(parts.slice(1)) : undefined;
    } else if (parents.length) {
      // The window holds what its order and the link checks need; the page's own rows are read
      // by id, for the hits alone (reading 500 whole rows was most of a person page's time).
      const newest = this.base().select('a.id', 'a.published_at');
      if (after) whereAfter(this.em, newest, spec, after);
      newest.orderByRaw(orderSql(this.em, spec)).limit(NEWEST_WINDOW);
      const inWindow = { ...spec, column: 'w.published_at', id: 'w.id' };
      const windowFull = `(select count(*) from newest) = ${NEWEST_WINDOW}`;
      const parts: Knex.QueryBuilder[] = [];
      const ctes: [string, Knex.QueryBuilder][] = [['newest', newest]];
      parents.forEach((parent, i) => {
        // Each window row is looked up in the link tables' (parent, article) index: a probe per
        // row. (As `exists`, inside an `or`, PostgreSQL read every link of the parent into a hash
        // instead: a popular person's 22,000 at 100,000 articles, 16 ms a page; now 2.)
        const hits = knex
          .select('w.id', 'w.published_at')
          .from('newest as w')
          .where((any) => {
            for (const [j, l] of linkTables[kind].entries()) {
              any.orWhereRaw(
                `(select 1 from ${l.table} as l${j} where l${j}.${l.parent} = ? and l${j}.${l.article} = w.id limit 1) is not null`,
                [parent],
              );
            }
          });
        ctes.push([`h${i}`, hits.orderByRaw(orderSql(this.em, inWindow)).limit(first + 1)]);
        const found = `((select count(*) from h${i}) = ? or not ${windowFull})`;
        const page = knex('article as a')
          .select('a.*', knex.raw('? as __parent', [parent]))
          .join(`h${i} as h`, 'h.id', 'a.id')
          .whereRaw(found, [first + 1]);
        parts.push(knex.select('*').from(page.orderByRaw(orderSql(this.em, spec)).as(`p${i}`)));
        parts.push(
          knex
            .select('*')
            .from(everyLink(parent).as(`f${i}`))
            .whereRaw(`not ${found}`, [first + 1]),
        );
      });
      statement = parts[0].unionAll(parts.slice(1));
      for (const [name, cte] of ctes) statement.with(name, cte);
    }
    // One parent's page (a person's, a tag's: the common case) has one text, kept prepared on
    // PostgreSQL. A batch's text grows with the number of parents, so it is planned each time.
    const rows = statement
      ? await rowsOf(this.em, statement, [], { reuse: parents.length === 1 })
      : [];
    const byParent = new Map<number, Record<string, unknown>[]>(parents.map((p) => [p, []]));
    for (const row of rows) byParent.get(Number(row.__parent))?.push(row);
    return new Map(
      [...byParent].map(([p, list]) => [p, rowsToPage(this.em, Article, list, first, spec)]),
    );
  }

  async countsOf(kind: ArticleParent, parents: readonly number[]): Promise<Map<number, number>> {
    const qb = this.base()
      .join(this.links(kind, parents).as('l'), 'l.article_id', 'a.id')
      .select('l.parent_id')
      .countDistinct('a.id as n')
      .groupBy('l.parent_id');
    const rows = await rowsOf<{ parent_id: number; n: number | string }>(this.em, qb);
    const counts = new Map(parents.map((p) => [p, 0]));
    for (const r of rows) counts.set(Number(r.parent_id), Number(r.n));
    return counts;
  }
}

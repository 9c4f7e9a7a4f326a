// What partners and aggregators fetch without GraphQL: RSS/Atom feeds, ninjs documents and the
// Google News sitemap. GET, public (published articles only), cacheable: Cache-Control, ETag and
// Last-Modified, 304 on revalidation (Express answers If-None-Match / If-Modified-Since).
import { createHash } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { bySlug } from '../db/rows.js';
import { createContext, type Context } from '../graphql/context.js';
import { ArticleOrder } from '../modules/article/article.query.js';
import { articleUrl, findVisibleArticle } from '../modules/article/article.service.js';
import { Category } from '../modules/taxonomy/category.entity.js';
import { Tag } from '../modules/taxonomy/tag.entity.js';
import { articleDocument } from '../modules/syndication/article-document.js';
import { feedOf, newsSitemap, type FeedSpec } from '../modules/syndication/feeds.js';
import { ninjsOf } from '../modules/syndication/ninjs.js';
import type { Services } from '../services.js';
import { jsonError, requestIdOf, visitorOf } from './guards.js';
import { answeredByDeadline } from './read-deadline.js';
import type { Logger } from '../platform/logger.js';

/** How many articles a feed holds. */
export const FEED_SIZE = 50;
/** Google News sitemaps list the last two days, at most 1,000 articles. */
const SITEMAP_HOURS = 48;
const SITEMAP_MAX = 1000;

/** If-None-Match (weak comparison) or, without it, If-Modified-Since (second precision). */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const tags = req.headers['if-none-match'];
  if (tags) {
    const bare = (t: string) => t.trim().replace(/^W\//, '');
    return tags.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function syndicationRouter(deps: {
  orm: Orm;
  config: Config;
  services: Services;
  logger: Logger;
}): Router {
  const { orm, config, services, logger } = deps;
  const router = express.Router();
  const contextOf = (req: Request): Context =>
    createContext(orm, config, services, {
      requestId: requestIdOf(req),
      sqlTally: { statements: 0 },
      client: visitorOf(req),
      caller: { kind: 'anonymous' },
    });

  const send = (req: Request, res: Response, type: string, body: string, lastModified: Date) => {
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    res.set('cache-control', `public, max-age=${config.cacheMaxAgeSeconds}`);
    res.set('last-modified', lastModified.toUTCString());
    res.set('etag', etag);
    // Evaluated as RFC 9110 says an origin server does, whatever the request's Cache-Control
    // (fetch() adds `no-cache` to every conditional request, and Express then never answers 304).
    if (notModified(req, etag, lastModified)) return res.status(304).end();
    res.type(type).send(body);
  };
  const fail = (req: Request, res: Response, err: unknown) => {
    if (answeredByDeadline(res)) return; // answered 503 already; what it went on to do goes nowhere
    logger.error({ err, requestId: requestIdOf(req) }, 'syndication request failed');
    jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.', requestIdOf(req));
  };

  const feed = async (
    req: Request,
    res: Response,
    spec: FeedSpec,
    filter: { category?: string; tag?: string },
    format: string,
  ) => {
    const ctx = contextOf(req);
    const page = await ctx.loaders.articleQueries.page({
      filter,
      order: ArticleOrder.PUBLISHED_AT_DESC,
      first: FEED_SIZE,
    });
    const docs = await Promise.all(page.items.map((i) => articleDocument(ctx, i.node)));
    const made = feedOf(config, spec, docs, `${req.protocol}://${req.get('host')}`);
    if (format === 'rss')
      send(req, res, 'application/rss+xml; charset=utf-8', made.rss(), made.updated);
    else send(req, res, 'application/atom+xml; charset=utf-8', made.atom(), made.updated);
  };

  const formats = ['rss', 'atom'];
  const noSuchFeed = (req: Request, res: Response) =>
    jsonError(
      res,
      404,
      'NOT_FOUND',
      'No such feed. Feeds are /feeds/latest.rss|atom, /feeds/category/<slug>.rss|atom and /feeds/tag/<slug>.rss|atom.',
      requestIdOf(req),
    );

  router.get('/feeds/latest.:format', async (req, res) => {
    if (!formats.includes(req.params.format)) return noSuchFeed(req, res);
    try {
      const spec = {
        title: `${config.portalName}: Tin tức mới cập nhật`,
        description: 'Tin tức mới cập nhật (latest news).',
        selfPath: '/feeds/latest',
        pageUrl: config.portalBaseUrl,
      };
      await feed(req, res, spec, {}, req.params.format);
    } catch (err) {
      fail(req, res, err);
    }
  });

  router.get('/feeds/:kind/:slug.:format', async (req, res) => {
    const { kind, slug, format } = req.params as { kind: string; slug: string; format: string };
    if (!formats.includes(format) || (kind !== 'category' && kind !== 'tag'))
      return noSuchFeed(req, res);
    try {
      const ctx = contextOf(req);
      const found =
        slug.length > 200
          ? null
          : kind === 'category'
            ? await bySlug(ctx.em, Category, slug)
            : await bySlug(ctx.em, Tag, slug);
      if (!found)
        return jsonError(
          res,
          404,
          'NOT_FOUND',
          `No ${kind} has the slug "${slug.slice(0, 80)}".`,
          requestIdOf(req),
        );
      const name = (found as Category | Tag).name;
      const spec = {
        title: `${config.portalName}: ${name}`,
        description: `${name}: the newest articles.`,
        selfPath: `/feeds/${kind}/${slug}`,
        pageUrl: config.portalBaseUrl,
      };
      await feed(req, res, spec, { [kind]: slug }, format);
    } catch (err) {
      fail(req, res, err);
    }
  });

  router.get('/ninjs/articles/:slug.json', async (req, res) => {
    try {
      const ctx = contextOf(req);
      const slug = req.params.slug;
      const article =
        slug.length <= 200 ? await findVisibleArticle(ctx.em, { slug }, 'published') : null;
      if (!article)
        return jsonError(
          res,
          404,
          'NOT_FOUND',
          `No published article has the slug "${slug.slice(0, 80)}".`,
          requestIdOf(req),
        );
      // A retired slug: send the reader to the current one.
      if (article.slug !== slug)
        return res.redirect(301, `/ninjs/articles/${encodeURIComponent(article.slug)}.json`);
      const body = JSON.stringify(ninjsOf(await articleDocument(ctx, article)));
      send(req, res, 'application/json; charset=utf-8', body, article.updatedAt);
    } catch (err) {
      fail(req, res, err);
    }
  });

  router.get('/sitemap-news.xml', async (req, res) => {
    try {
      const ctx = contextOf(req);
      const since = new Date(Date.now() - SITEMAP_HOURS * 3_600_000);
      const page = await ctx.loaders.articleQueries.page({
        filter: { publishedAfter: since },
        order: ArticleOrder.PUBLISHED_AT_DESC,
        first: SITEMAP_MAX,
      });
      const docs = page.items.map((i) => ({
        article: i.node,
        url: articleUrl(config.portalBaseUrl, i.node),
      }));
      const updated = page.items.reduce((t, i) => Math.max(t, i.node.updatedAt.getTime()), 0);
      send(
        req,
        res,
        'application/xml; charset=utf-8',
        newsSitemap(config, docs),
        new Date(updated || Date.now()),
      );
    } catch (err) {
      fail(req, res, err);
    }
  });

  return router;
}

// RSS 2.0 and Atom 1.0 of the newest public articles, written by the `feed` library; and the
// Google News sitemap of the last two days. Vietnamese text goes through as UTF-8.
import { Feed } from 'feed';
import type { Config } from '../../config.js';
import { escapeHtml } from '../../text/html.js';
import type { ArticleDocument } from './article-document.js';

export type FeedSpec = { title: string; description: string; selfPath: string; pageUrl: string };

export function feedOf(
  config: Pick<Config, 'portalBaseUrl' | 'portalName'>,
  spec: FeedSpec,
  docs: ArticleDocument[],
  publicUrl: string,
) {
  const updated = new Date(
    docs.reduce((t, d) => Math.max(t, d.article.updatedAt.getTime()), 0) || Date.now(),
  );
  return {
    rss: () => build(spec, docs, publicUrl, updated, 'rss').rss2(),
    atom: () => build(spec, docs, publicUrl, updated, 'atom').atom1(),
    updated,
  };
}

/**
 * One format's feed. Titles and leads are text, and both formats carry them as HTML (Atom
 * `type="html"`, RSS by every reader's habit), so they go in escaped: a title that reads
 * `<img onerror=…>` shows as those characters, never as markup. Only the body is HTML, and it
 * is the sanitised body. The library leaves `<` and `&` raw in Atom's category label (an
 * attribute): escaped here for that format alone.
 */
function build(
  spec: FeedSpec,
  docs: ArticleDocument[],
  publicUrl: string,
  updated: Date,
  format: 'rss' | 'atom',
): Feed {
  const feed = new Feed({
    id: `${publicUrl}${spec.selfPath}`,
    title: spec.title,
    description: spec.description,
    link: spec.pageUrl,
    language: 'vi',
    updated,
    generator: 'Bantin',
    feedLinks: {
      rss: `${publicUrl}${spec.selfPath}.rss`,
      atom: `${publicUrl}${spec.selfPath}.atom`,
    },
  });
  for (const d of docs) {
    const a = d.article;
    // RSS allows one enclosure: the first photo that has an address.
    const photo = d.images.find((i) => i.url);
    const section =
      d.category &&
      (format === 'atom'
        ? { name: attribute(d.category.name), term: attribute(d.category.slug) }
        : { name: d.category.name, term: d.category.slug });
    feed.addItem({
      title: escapeHtml(a.title),
      id: d.url,
      guid: d.url,
      link: d.url,
      date: a.updatedAt,
      ...(a.publishedAt ? { published: a.publishedAt } : {}),
      ...(a.lead ? { description: escapeHtml(a.lead) } : {}),
      ...(d.html ? { content: d.html } : {}),
      ...(d.authors.length ? { author: d.authors.map((p) => ({ name: p.name })) } : {}),
      ...(section ? { category: [section] } : {}),
      ...(photo ? { enclosure: { url: photo.url!, type: 'image/jpeg', length: 0 } } : {}),
    });
  }
  return feed;
}

/** Text for an XML attribute the library writes as is (it escapes only `"`). */
const attribute = (s: string) =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

const xml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function newsSitemap(
  config: Pick<Config, 'portalName'>,
  docs: Pick<ArticleDocument, 'article' | 'url'>[],
): string {
  const urls = docs.map(
    (d) =>
      `  <url>\n    <loc>${xml(d.url)}</loc>\n    <news:news>\n      <news:publication>\n        <news:name>${xml(config.portalName)}</news:name>\n        <news:language>${xml(d.article.language)}</news:language>\n      </news:publication>\n      <news:publication_date>${d.article.publishedAt!.toISOString()}</news:publication_date>\n      <news:title>${xml(d.article.title)}</news:title>\n    </news:news>\n  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

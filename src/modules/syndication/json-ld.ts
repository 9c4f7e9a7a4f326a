// schema.org NewsArticle as JSON-LD, typed by schema-dts: what search engines and aggregators read
// in a page's <script type="application/ld+json">. Google's required fields for news (headline,
// datePublished, author, image) are given whenever we know them; unknown ones are left out.
import type { NewsArticle, WithContext } from 'schema-dts';
import { thingUri, type ArticleDocument } from './article-document.js';

export function jsonLdOf(doc: ArticleDocument): WithContext<NewsArticle> {
  const a = doc.article;
  const images = doc.images.filter((i) => i.url).map((i) => i.url!);
  const mentions = [
    ...doc.people.map((p) => ({
      '@type': 'Person' as const,
      '@id': thingUri('person', p.slug),
      name: p.name,
    })),
    ...doc.organisations.map((o) => ({
      '@type': 'Organization' as const,
      '@id': thingUri('organisation', o.slug),
      name: o.name,
    })),
    ...doc.places.map((p) => ({
      '@type': 'Place' as const,
      '@id': thingUri('place', p.slug),
      name: p.name,
    })),
    ...doc.events.map((e) => ({
      '@type': 'Event' as const,
      '@id': thingUri('event', e.slug),
      name: e.name,
    })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': doc.url,
    url: doc.url,
    mainEntityOfPage: doc.url,
    headline: a.title,
    inLanguage: a.language,
    ...(a.lead ? { description: a.lead } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt.toISOString() } : {}),
    dateModified: a.updatedAt.toISOString(),
    ...(doc.authors.length
      ? {
          author: doc.authors.map((p) => ({
            '@type': 'Person' as const,
            '@id': thingUri('person', p.slug),
            name: p.name,
          })),
        }
      : {}),
    ...(images.length ? { image: images } : {}),
    ...(doc.category ? { articleSection: doc.category.name } : {}),
    ...(doc.tags.length ? { keywords: doc.tags.map((t) => t.name).join(', ') } : {}),
    ...(mentions.length ? { mentions } : {}),
    ...(doc.text
      ? { articleBody: doc.text, wordCount: doc.text.split(/\s+/).filter(Boolean).length }
      : {}),
  };
}

// IPTC ninjs 3.1 (News in JSON) for one article: what news agencies exchange. Validated against
// IPTC's JSON Schema in the tests (test/fixtures/ninjs). Only what we know is said: a field we
// have no value for is left out, never filled with a guess.
import { toGlobalId } from '../../graphql/node.js';
import { thingUri, type ArticleDocument } from './article-document.js';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type Named = { name: string; rel: string; uri: string };

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function ninjsOf(doc: ArticleDocument): Record<string, unknown> {
  const a = doc.article;
  const mention =
    (kind: 'person' | 'organisation' | 'place', rel: string) =>
    (e: { name: string; slug: string }): Named => ({
      name: e.name,
      rel,
      uri: thingUri(kind, e.slug),
    });
  const people = [
    ...doc.authors.map(mention('person', 'author')),
    ...doc.people.map(mention('person', 'mentions')),
  ];
  const bodies = [
    ...(doc.html
      ? [
          {
            role: 'main',
            contentType: 'text/html',
            value: doc.html,
            charCount: doc.html.length,
            wordCount: words(doc.text ?? ''),
          },
        ]
      : []),
    ...(doc.text
      ? [
          {
            role: 'main',
            contentType: 'text/plain',
            value: doc.text,
            charCount: doc.text.length,
            wordCount: words(doc.text),
          },
        ]
      : []),
  ];
  const subjects = [
    ...(doc.category
      ? [{ name: doc.category.name, rel: 'category', uri: thingUri('category', doc.category.slug) }]
      : []),
    ...doc.tags.map((t) => ({ name: t.name, rel: 'about', uri: thingUri('tag', t.slug) })),
  ];
  const associations = doc.images.map((image, i) => ({
    name: `photo${i + 1}`,
    rel: 'photo',
    uri: image.url ?? `${thingUri('image', a.slug)}:${i + 1}`,
    type: 'picture',
    ...(image.caption
      ? { descriptions: [{ role: 'caption', contentType: 'text/plain', value: image.caption }] }
      : {}),
    ...(image.alt ? { headlines: [{ role: 'alternative', value: image.alt }] } : {}),
    ...(image.credit ? { by: image.credit } : {}),
    ...(image.url
      ? {
          renditions: [
            {
              name: 'original',
              href: image.url,
              ...(image.width ? { width: image.width } : {}),
              ...(image.height ? { height: image.height } : {}),
            },
          ],
        }
      : {}),
  }));
  const out: Record<string, unknown> = {
    uri: doc.url,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    version: String(a.version),
    firstCreated: iso(a.createdAt),
    versionCreated: iso(a.updatedAt),
    contentCreated: iso(a.publishedAt),
    pubStatus: 'usable',
    language: a.language,
    headlines: [{ role: 'main', value: a.title }],
    ...(a.lead
      ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: a.lead }] }
      : {}),
    ...(bodies.length ? { bodies } : {}),
    ...(doc.authors.length ? { by: doc.authors.map((p) => p.name).join(', ') } : {}),
    ...(people.length ? { people } : {}),
    ...(doc.organisations.length
      ? { organisations: doc.organisations.map(mention('organisation', 'mentions')) }
      : {}),
    ...(doc.places.length ? { places: doc.places.map(mention('place', 'mentions')) } : {}),
    ...(doc.events.length
      ? {
          events: doc.events.map((e) => ({
            id: toGlobalId('Event', e.id),
            name: e.name,
            rel: 'about',
            uri: thingUri('event', e.slug),
          })),
        }
      : {}),
    ...(subjects.length ? { subjects } : {}),
    ...(associations.length ? { associations } : {}),
    altIds: [
      { role: 'id', value: a.globalId },
      { role: 'slug', value: a.slug },
    ],
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

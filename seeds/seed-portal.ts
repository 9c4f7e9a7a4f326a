// Writes the portal content (seeds/source) into an empty database, in one transaction.
import { ref, type EntityManager } from '@mikro-orm/core';
import { Article, ArticleStatus } from '../src/modules/article/article.entity.js';
import { BlockKind, BodyBlock } from '../src/modules/article/body-block.entity.js';
import { Event, EventKind } from '../src/modules/event/event.entity.js';
import { Image } from '../src/modules/media/image.entity.js';
import { Organisation, OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { Person } from '../src/modules/person/person.entity.js';
import { Position } from '../src/modules/person/position.entity.js';
import { Place, PlaceKind } from '../src/modules/place/place.entity.js';
import { Category } from '../src/modules/taxonomy/category.entity.js';
import { DatePrecision } from '../src/modules/taxonomy/date-precision.js';
import { Tag } from '../src/modules/taxonomy/tag.entity.js';
import { slugify } from '../src/text/vietnamese.js';
import * as source from './source/portal.js';
import { ChangeKind } from '../src/modules/syndication/article-change.entity.js';
import { logChanges } from '../src/modules/syndication/change-log.js';

export const PORTAL_TIME_ZONE_OFFSET = '+07:00';

/** True when the database holds no content yet: the only state in which seeding runs. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  const [articles, categories] = await Promise.all([em.count(Article), em.count(Category)]);
  return articles === 0 && categories === 0;
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`seed: unknown ${what} "${key}"`);
  return found;
}

export async function seedPortal(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const categories = new Map(
      source.categories.map((c, i) => [
        c.key,
        tx.create(Category, { slug: c.key, name: c.name, position: i }),
      ]),
    );
    const tags = new Map(
      source.tags.map((t) => [t.key, tx.create(Tag, { slug: t.key, name: t.name })]),
    );

    const places = new Map<string, Place>();
    for (const p of source.places) {
      places.set(
        p.key,
        tx.create(Place, {
          slug: p.slug ?? slugify(p.name),
          name: p.name,
          kind: p.kind as PlaceKind,
          parent: p.parent ? lookup(places, p.parent, 'place') : null,
        }),
      );
    }

    const orgs = new Map<string, Organisation>();
    for (const o of source.organisations) {
      orgs.set(
        o.key,
        tx.create(Organisation, {
          slug: o.slug ?? slugify(o.name),
          name: o.name,
          shortName: o.shortName ?? null,
          aliases: o.aliases ?? [],
          kind: o.kind as OrganisationKind,
          country: o.country ? lookup(places, o.country, 'place') : null,
        }),
      );
    }
    for (const o of source.organisations) {
      const org = orgs.get(o.key)!;
      if (o.parent) org.parent = ref(lookup(orgs, o.parent, 'organisation'));
      for (const f of o.funders ?? []) org.funders.add(lookup(orgs, f, 'organisation'));
    }

    const people = new Map<string, Person>();
    for (const p of source.people) {
      const person = tx.create(Person, {
        slug: slugify(p.name),
        name: p.name,
        rank: p.rank ?? null,
        title: p.title ?? null,
      });
      (p.positions ?? []).forEach((pos, i) =>
        person.positions.add(
          tx.create(Position, {
            person,
            title: pos.title,
            organisation: pos.organisation ? lookup(orgs, pos.organisation, 'organisation') : null,
            sortOrder: i,
          }),
        ),
      );
      people.set(p.key, person);
    }

    const events = new Map<string, Event>();
    for (const e of source.events) {
      const event = tx.create(Event, {
        slug: e.slug ?? slugify(e.name),
        name: e.name,
        shortName: e.shortName ?? null,
        kind: e.kind as EventKind,
        startsAt: e.startsAt ? new Date(e.startsAt) : null,
        endsAt: e.endsAt ? new Date(e.endsAt) : null,
        datePrecision: (e.datePrecision as DatePrecision) ?? null,
        dateText: e.dateText ?? null,
        place: e.place ? lookup(places, e.place, 'place') : null,
        attendeeCount: e.attendeeCount ?? null,
        countryCount: e.countryCount ?? null,
        parent: e.parent ? lookup(events, e.parent, 'event') : null,
      });
      for (const o of e.organisers ?? []) event.organisers.add(lookup(orgs, o, 'organisation'));
      for (const o of e.participants ?? []) event.participants.add(lookup(orgs, o, 'organisation'));
      events.set(e.key, event);
    }

    // Headlines go in last-to-first, so that newest-first order (by id, as their dates are
    // unknown) lists them as the page does.
    const created: Article[] = [];
    for (const a of [source.mainArticle, ...[...source.latestHeadlines].reverse()]) {
      const article = tx.create(Article, {
        slug: slugify(a.title),
        title: a.title,
        lead: a.lead ?? null,
        language: 'vi',
        status: ArticleStatus.PUBLISHED,
        publishedAt: a.publishedDate
          ? new Date(`${a.publishedDate}T00:00:00${PORTAL_TIME_ZONE_OFFSET}`)
          : null,
        publishedAtPrecision: a.publishedDate ? DatePrecision.DAY : null,
        category: a.category ? lookup(categories, a.category, 'category') : null,
      });
      for (const k of a.authors ?? []) article.authors.add(lookup(people, k, 'person'));
      for (const k of a.people ?? []) article.people.add(lookup(people, k, 'person'));
      for (const k of a.organisations ?? [])
        article.organisations.add(lookup(orgs, k, 'organisation'));
      for (const k of a.events ?? []) article.events.add(lookup(events, k, 'event'));
      for (const k of a.places ?? []) article.places.add(lookup(places, k, 'place'));
      for (const k of a.tags ?? []) article.tags.add(lookup(tags, k, 'tag'));
      let imagePosition = 0;
      (a.blocks ?? []).forEach((b, position) => {
        if (b.kind === 'PARAGRAPH') {
          tx.create(BodyBlock, { article, position, kind: BlockKind.PARAGRAPH, text: b.text });
          return;
        }
        const image = tx.create(Image, {
          article,
          position: imagePosition++,
          alt: b.alt,
          caption: b.caption,
          url: null,
        });
        tx.create(BodyBlock, { article, position, kind: BlockKind.IMAGE, image });
      });
      created.push(article);
    }
    // The change feed starts with every seeded article's publication, in the order written.
    await tx.flush();
    await logChanges(
      tx as never,
      created.map((a) => ({ kind: ChangeKind.PUBLISHED, articleId: a.id, slug: a.slug })),
    );
  });
}

// Synthetic test content, written through the ORM and labelled as such: enough articles with
// every kind of link to show how statement counts behave as pages grow.
import type { MikroORM } from '@mikro-orm/core';
import { Article, ArticleStatus } from '../../src/modules/article/article.entity.js';
import { BlockKind, BodyBlock } from '../../src/modules/article/body-block.entity.js';
import { Event, EventKind } from '../../src/modules/event/event.entity.js';
import { Image } from '../../src/modules/media/image.entity.js';
import {
  Organisation,
  OrganisationKind,
} from '../../src/modules/organisation/organisation.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Place, PlaceKind } from '../../src/modules/place/place.entity.js';
import { Category } from '../../src/modules/taxonomy/category.entity.js';
import { Tag } from '../../src/modules/taxonomy/tag.entity.js';

export type FixtureOptions = {
  status?: ArticleStatus;
  publishedAt?: (i: number) => Date | null;
  prefix?: string;
};

/** Adds `count` published synthetic articles, each linked to people, tags, places, ... */
export async function addSyntheticArticles(
  orm: MikroORM,
  count: number,
  opts: FixtureOptions = {},
) {
  const prefix = opts.prefix ?? 'synthetic';
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const category = tx.create(Category, {
      slug: `${prefix}-category`,
      name: `[synthetic] Chuyên mục ${prefix}`,
    });
    const people = [0, 1, 2, 3].map((i) =>
      tx.create(Person, { slug: `${prefix}-person-${i}`, name: `[synthetic] Người ${i}` }),
    );
    const tags = [0, 1, 2, 3].map((i) =>
      tx.create(Tag, { slug: `${prefix}-tag-${i}`, name: `[synthetic] Thẻ ${i}` }),
    );
    const orgs = [0, 1, 2].map((i) =>
      tx.create(Organisation, {
        slug: `${prefix}-org-${i}`,
        name: `[synthetic] Tổ chức ${i}`,
        kind: OrganisationKind.OTHER,
      }),
    );
    const place = tx.create(Place, {
      slug: `${prefix}-place`,
      name: `[synthetic] Địa điểm`,
      kind: PlaceKind.CITY,
    });
    const event = tx.create(Event, {
      slug: `${prefix}-event`,
      name: `[synthetic] Sự kiện`,
      kind: EventKind.MEETING,
    });
    for (let i = 0; i < count; i++) {
      const a = tx.create(Article, {
        slug: `${prefix}-article-${i}`,
        title: `[synthetic] Bài thử nghiệm số ${i}`,
        lead: `Bài viết tổng hợp để kiểm thử, số ${i}.`,
        status: opts.status ?? ArticleStatus.PUBLISHED,
        publishedAt: opts.publishedAt ? opts.publishedAt(i) : new Date(Date.UTC(2024, 0, 1, 0, i)),
        category,
      });
      a.authors.add(people[i % 2]);
      a.people.add(people[2 + (i % 2)], people[i % 2]);
      a.tags.add(tags[i % 4], tags[(i + 1) % 4]);
      a.organisations.add(orgs[i % 3], orgs[(i + 1) % 3]);
      a.events.add(event);
      a.places.add(place);
      for (let k = 0; k < 2; k++) {
        const image = tx.create(Image, {
          article: a,
          position: k,
          caption: `Ảnh ${k} của bài ${i}`,
        });
        tx.create(BodyBlock, {
          article: a,
          position: 2 * k,
          kind: BlockKind.PARAGRAPH,
          text: `Đoạn ${k}`,
        });
        tx.create(BodyBlock, { article: a, position: 2 * k + 1, kind: BlockKind.IMAGE, image });
      }
    }
  });
}

// The benchmark operations, each as Bantin asks it and as the PostGraphile peer asks it, with a
// normaliser per side so the two answers can be compared as data before their speed is.
type Json = any;

export type Variant = {
  /** Request bodies, sent in turn (PartnerPull walks ten pages). */
  bodies: string[];
  normalise: (response: Json) => unknown;
};
export type Operation = { name: string; bantin: Variant; peer?: Variant };

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });
const names = (list: { name: string }[]) => list.map((x) => x.name);
const time = (s: string | null) => (s === null ? null : Date.parse(s));

export const homePage = {
  bantin: `query HomePage { latest(first: 20) { slug title lead publishedAt authors { name } category { slug } tags { slug }
    images { url caption alt } views(window: WEEK) related(first: 3) { article { slug title } } }
    mostRead(window: WEEK, first: 10) { views article { slug title } } }`,
  peer: `query HomePage { latestArticlesList(n: 20) { slug title lead publishedAt
    articleAuthorsByArticleIdList(orderBy: ID_ASC) { personByPersonId { name } } categoryByCategoryId { slug }
    articleTagsByArticleIdList(orderBy: ID_ASC) { tagByTagId { slug } } imagesByArticleIdList(orderBy: POSITION_ASC) { url caption alt }
    viewsWeek relatedList(n: 3) { slug title } } mostReadWeekList(n: 10) { slug title viewsWeek } }`,
};

type Cursors = { bantin: (string | null)[]; peer: (string | null)[] };

export function operations(ctx: {
  articleSlug: string;
  personSlug: string;
  partnerCursors: Cursors;
  changeCursors: Cursors;
}): Operation[] {
  const home: Operation = {
    name: 'HomePage',
    bantin: {
      bodies: [gql(homePage.bantin)],
      normalise: (r) => ({
        latest: r.data.latest.map((a: Json) => ({
          slug: a.slug,
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          authors: names(a.authors),
          category: a.category?.slug ?? null,
          tags: a.tags.map((t: Json) => t.slug),
          images: a.images,
          views: a.views,
          related: a.related.map((x: Json) => x.article.slug),
        })),
        mostRead: r.data.mostRead.map((m: Json) => [m.article.slug, m.views]),
      }),
    },
    peer: {
      bodies: [gql(homePage.peer)],
      normalise: (r) => ({
        latest: r.data.latestArticlesList.map((a: Json) => ({
          slug: a.slug,
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          authors: a.articleAuthorsByArticleIdList.map((x: Json) => x.personByPersonId.name),
          category: a.categoryByCategoryId?.slug ?? null,
          tags: a.articleTagsByArticleIdList.map((x: Json) => x.tagByTagId.slug),
          images: a.imagesByArticleIdList,
          views: Number(a.viewsWeek),
          related: a.relatedList.map((x: Json) => x.slug),
        })),
        mostRead: r.data.mostReadWeekList.map((m: Json) => [m.slug, Number(m.viewsWeek)]),
      }),
    },
  };

  const article: Operation = {
    name: 'ArticlePage',
    bantin: {
      bodies: [
        gql(
          `query ArticlePage($slug: String!) { article(slug: $slug) { title lead publishedAt updatedAt
        blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption } } }
        authors { name slug } category { name } tags { name } images { caption } people { name rank title }
        organisations { name shortName } events { name startsAt } places { name } views
        related(first: 5) { article { slug title publishedAt } } }
        mostRead(first: 10) { views article { slug title } } }`,
          { slug: ctx.articleSlug },
        ),
      ],
      normalise: (r) => {
        const a = r.data.article;
        return {
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          updatedAt: time(a.updatedAt),
          blocks: a.blocks.map((b: Json) => b.text ?? b.image?.caption),
          authors: a.authors.map((p: Json) => p.slug),
          category: a.category?.name ?? null,
          tags: names(a.tags),
          images: a.images.map((i: Json) => i.caption),
          people: a.people,
          organisations: a.organisations,
          events: a.events.map((e: Json) => [e.name, time(e.startsAt)]),
          places: names(a.places),
          views: a.views,
          related: a.related.map((x: Json) => x.article.slug),
          mostRead: r.data.mostRead.map((m: Json) => [m.article.slug, m.views]),
        };
      },
    },
    peer: {
      bodies: [
        gql(
          `query ArticlePage($slug: String!) { articleBySlug(slug: $slug) { title lead publishedAt updatedAt
        articleBlocksByArticleIdList(orderBy: POSITION_ASC) { text imageByImageId { caption } }
        articleAuthorsByArticleIdList(orderBy: ID_ASC) { personByPersonId { name slug } } categoryByCategoryId { name }
        articleTagsByArticleIdList(orderBy: ID_ASC) { tagByTagId { name } } imagesByArticleIdList(orderBy: POSITION_ASC) { caption }
        articlePeopleByArticleIdList(orderBy: ID_ASC) { personByPersonId { name rank title } }
        articleOrganisationsByArticleIdList(orderBy: ID_ASC) { organisationByOrganisationId { name shortName } }
        articleEventsByArticleIdList(orderBy: ID_ASC) { eventByEventId { name startsAt } }
        articlePlacesByArticleIdList(orderBy: ID_ASC) { placeByPlaceId { name } } viewsAll relatedList(n: 5) { slug title publishedAt } }
        mostReadWeekList(n: 10) { slug title viewsWeek } }`,
          { slug: ctx.articleSlug },
        ),
      ],
      normalise: (r) => {
        const a = r.data.articleBySlug;
        return {
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          updatedAt: time(a.updatedAt),
          blocks: a.articleBlocksByArticleIdList.map(
            (b: Json) => b.text ?? b.imageByImageId?.caption,
          ),
          authors: a.articleAuthorsByArticleIdList.map((x: Json) => x.personByPersonId.slug),
          category: a.categoryByCategoryId?.name ?? null,
          tags: a.articleTagsByArticleIdList.map((x: Json) => x.tagByTagId.name),
          images: a.imagesByArticleIdList.map((i: Json) => i.caption),
          people: a.articlePeopleByArticleIdList.map((x: Json) => x.personByPersonId),
          organisations: a.articleOrganisationsByArticleIdList.map(
            (x: Json) => x.organisationByOrganisationId,
          ),
          events: a.articleEventsByArticleIdList.map((x: Json) => [
            x.eventByEventId.name,
            time(x.eventByEventId.startsAt),
          ]),
          places: a.articlePlacesByArticleIdList.map((x: Json) => x.placeByPlaceId.name),
          views: Number(a.viewsAll),
          related: a.relatedList.map((x: Json) => x.slug),
          mostRead: r.data.mostReadWeekList.map((m: Json) => [m.slug, Number(m.viewsWeek)]),
        };
      },
    },
  };

  const partnerFields = {
    bantin: `slug title lead publishedAt updatedAt authors { slug } category { slug } tags { slug } images { caption }
      people { slug } organisations { slug } events { slug } places { slug } blocks { ... on ParagraphBlock { text } }`,
    peer: `slug title lead publishedAt updatedAt articleAuthorsByArticleIdList(orderBy: ID_ASC) { personByPersonId { slug } }
      categoryByCategoryId { slug } articleTagsByArticleIdList(orderBy: ID_ASC) { tagByTagId { slug } }
      imagesByArticleIdList(orderBy: POSITION_ASC) { caption } articlePeopleByArticleIdList(orderBy: ID_ASC) { personByPersonId { slug } }
      articleOrganisationsByArticleIdList(orderBy: ID_ASC) { organisationByOrganisationId { slug } }
      articleEventsByArticleIdList(orderBy: ID_ASC) { eventByEventId { slug } } articlePlacesByArticleIdList(orderBy: ID_ASC) { placeByPlaceId { slug } }
      articleBlocksByArticleIdList(orderBy: POSITION_ASC) { text }`,
  };
  const partner: Operation = {
    name: 'PartnerPull',
    bantin: {
      bodies: ctx.partnerCursors.bantin.map((after) =>
        gql(
          `query PartnerPull($after: String) { articles(first: 100, after: $after, orderBy: UPDATED_AT_ASC) { pageInfo { endCursor } nodes { ${partnerFields.bantin} } } }`,
          { after },
        ),
      ),
      normalise: (r) =>
        r.data.articles.nodes.map((a: Json) => ({
          slug: a.slug,
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          updatedAt: time(a.updatedAt),
          authors: a.authors.map((x: Json) => x.slug),
          category: a.category?.slug ?? null,
          tags: a.tags.map((x: Json) => x.slug),
          images: a.images.map((x: Json) => x.caption),
          people: a.people.map((x: Json) => x.slug),
          organisations: a.organisations.map((x: Json) => x.slug),
          events: a.events.map((x: Json) => x.slug),
          places: a.places.map((x: Json) => x.slug),
          blocks: a.blocks.map((b: Json) => b.text ?? null),
        })),
    },
    peer: {
      bodies: ctx.partnerCursors.peer.map((after) =>
        gql(
          `query PartnerPull($after: Cursor) { allArticles(first: 100, after: $after, orderBy: [UPDATED_AT_ASC, ID_ASC], condition: { status: "PUBLISHED" }) { pageInfo { endCursor } nodes { ${partnerFields.peer} } } }`,
          { after },
        ),
      ),
      normalise: (r) =>
        r.data.allArticles.nodes.map((a: Json) => ({
          slug: a.slug,
          title: a.title,
          lead: a.lead,
          publishedAt: time(a.publishedAt),
          updatedAt: time(a.updatedAt),
          authors: a.articleAuthorsByArticleIdList.map((x: Json) => x.personByPersonId.slug),
          category: a.categoryByCategoryId?.slug ?? null,
          tags: a.articleTagsByArticleIdList.map((x: Json) => x.tagByTagId.slug),
          images: a.imagesByArticleIdList.map((x: Json) => x.caption),
          people: a.articlePeopleByArticleIdList.map((x: Json) => x.personByPersonId.slug),
          organisations: a.articleOrganisationsByArticleIdList.map(
            (x: Json) => x.organisationByOrganisationId.slug,
          ),
          events: a.articleEventsByArticleIdList.map((x: Json) => x.eventByEventId.slug),
          places: a.articlePlacesByArticleIdList.map((x: Json) => x.placeByPlaceId.slug),
          blocks: a.articleBlocksByArticleIdList.map((b: Json) => b.text ?? null),
        })),
    },
  };

  const person: Operation = {
    name: 'PersonPage',
    bantin: {
      bodies: [
        gql(
          `query PersonPage($slug: String!) { person(slug: $slug) { name rank title positions { title organisation { name } }
        articles(first: 20) { nodes { slug title publishedAt category { name } } } } }`,
          { slug: ctx.personSlug },
        ),
      ],
      normalise: (r) => {
        const p = r.data.person;
        return {
          name: p.name,
          rank: p.rank,
          title: p.title,
          positions: p.positions,
          articles: p.articles.nodes.map((a: Json) => [
            a.slug,
            a.title,
            time(a.publishedAt),
            a.category?.name ?? null,
          ]),
        };
      },
    },
    peer: {
      bodies: [
        gql(
          `query PersonPage($slug: String!) { personBySlug(slug: $slug) { name rank title
        positionsByPersonIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { title organisationByOrganisationId { name } }
        articlesList(n: 20) { slug title publishedAt categoryByCategoryId { name } } } }`,
          { slug: ctx.personSlug },
        ),
      ],
      normalise: (r) => {
        const p = r.data.personBySlug;
        return {
          name: p.name,
          rank: p.rank,
          title: p.title,
          positions: p.positionsByPersonIdList.map((x: Json) => ({
            title: x.title,
            organisation: x.organisationByOrganisationId,
          })),
          articles: p.articlesList.map((a: Json) => [
            a.slug,
            a.title,
            time(a.publishedAt),
            a.categoryByCategoryId?.name ?? null,
          ]),
        };
      },
    },
  };
  const search: Operation = {
    name: 'Search',
    bantin: {
      bodies: ['toi pham mang', 'cong an tinh', 'dieu tra', 'hop tac quoc te', 'lua dao'].map((q) =>
        gql(
          `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { score highlights { field snippet }
          node { __typename ... on Article { slug title } ... on Person { slug name } ... on Organisation { slug name } ... on Event { slug name } } } } }`,
          { q },
        ),
      ),
      normalise: (r) => r.data.search,
    },
  };
  // The change feed, ten pages of 1,000 (PostGraphile reads the same log table, in the same
  // order, without the feed's lock: it is not gap-free under concurrent writers).
  const changes: Operation = {
    name: 'ChangePull',
    bantin: {
      bodies: ctx.changeCursors.bantin.map((after) =>
        gql(
          `query ChangePull($after: String) { changes(first: 1000, after: $after) { pageInfo { endCursor } nodes { kind at articleId slug reason } } }`,
          { after },
        ),
      ),
      normalise: (r) =>
        r.data.changes.nodes.map((c: Json) => [c.kind, time(c.at), c.slug, c.reason]),
    },
    peer: {
      bodies: ctx.changeCursors.peer.map((after) =>
        gql(
          `query ChangePull($after: Cursor) { allArticleChanges(first: 1000, after: $after, orderBy: [AT_MS_ASC, ID_ASC]) { pageInfo { endCursor } nodes { kind atMs articleId slug reason } } }`,
          { after },
        ),
      ),
      normalise: (r) =>
        r.data.allArticleChanges.nodes.map((c: Json) => [c.kind, Number(c.atMs), c.slug, c.reason]),
    },
  };
  return [home, article, partner, person, search, changes];
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows an article list; all given conditions must hold. */
export type ArticleFilter = {
  /** Slug of a category (only articles directly in it). */
  category?: string | null | undefined;
  /** Slug of a event mentioned. */
  event?: string | null | undefined;
  /** Slug of a organisation mentioned. */
  organisation?: string | null | undefined;
  /** Slug of a person who wrote or is mentioned in the article. */
  person?: string | null | undefined;
  /** Slug of a place mentioned. */
  place?: string | null | undefined;
  /** Published at or after this instant. */
  publishedAfter?: string | null | undefined;
  /** Published before this instant. */
  publishedBefore?: string | null | undefined;
  /** Editors only (a key with the editor scope; FORBIDDEN otherwise): only these editorial states. Editors see every state without it. */
  status?: Array<ArticleStatus> | null | undefined;
  /** Slug of a tag. */
  tag?: string | null | undefined;
  /** Changed after this instant: for incremental sync. */
  updatedAfter?: string | null | undefined;
};

/** An article to write. In updateArticle, a field left out keeps its value and a field set to null is cleared; a list replaces the whole list. */
export type ArticleInput = {
  /** The byline: person slugs, in order. */
  authors?: Array<string> | null | undefined;
  /** The body as blocks, up to 500. */
  blocks?: Array<BlockInput> | null | undefined;
  /** The body as HTML. It is sanitised (scripts, event handlers, javascript: URLs, styles and iframes are removed) and stored as blocks; photos in it (<figure><img><figcaption>) become images. Give `body` or `blocks`, not both. */
  body?: string | null | undefined;
  /** Section: a category slug. */
  category?: string | null | undefined;
  /** Events reported on: event slugs. */
  events?: Array<string> | null | undefined;
  /** Photos, up to 100, in order. */
  images?: Array<ImageInput> | null | undefined;
  /** Standfirst (sapo), plain text, up to 1000 characters. */
  lead?: string | null | undefined;
  /** Organisations mentioned: organisation slugs. */
  organisations?: Array<string> | null | undefined;
  /** People mentioned: person slugs. */
  people?: Array<string> | null | undefined;
  /** Places mentioned: place slugs. */
  places?: Array<string> | null | undefined;
  /** Publication time: in the past, or up to 366 days ahead (scheduled). */
  publishedAt?: string | null | undefined;
  /** URL key; made from the title when left out. A changed slug keeps the old one as a redirect. */
  slug?: string | null | undefined;
  /** DRAFT (the default for a new article) or PUBLISHED. Withdrawing is `withdrawArticle`. */
  status?: ArticleStatus | null | undefined;
  /** Tags, up to 30: a tag slug, or a name ("Tội phạm mạng"); a tag that does not exist yet is created. */
  tags?: Array<string> | null | undefined;
  /** Headline (required to create), 1..300 characters. */
  title?: string | null | undefined;
};

/** Editorial state. A PUBLISHED article with a future `publishedAt` is scheduled. */
export type ArticleStatus =
  /** Being written; seen only with an editor key. */
  | 'DRAFT'
  /** Public from `publishedAt` on (before that: scheduled, seen only with an editor key). */
  | 'PUBLISHED'
  /** Taken down (gỡ bài) by `withdrawArticle`: off every public path; seen only with an editor key. */
  | 'WITHDRAWN';

/** One body block, when the body is sent as blocks rather than HTML. */
export type BlockInput = {
  /** Who said a quote. */
  attribution?: string | null | undefined;
  /** IMAGE blocks: the index of the photo in `images` (0 is the first). */
  image?: number | null | undefined;
  /** What the block is. */
  kind: BlockKind;
  /** The text of a paragraph, heading or quote (plain text, not HTML). */
  text?: string | null | undefined;
};

/** The kind of a body block. */
export type BlockKind =
  /** A subheading. */
  | 'HEADING'
  /** A photo: `image` is its index in `ArticleInput.images`. */
  | 'IMAGE'
  /** A paragraph of text. */
  | 'PARAGRAPH'
  /** A quotation, with `attribution` when known. */
  | 'QUOTE';

/** The class of caller, which sets budgets and what can be seen. */
export type CallerKind =
  /** No API key: public content, the smallest budgets, limited per client address. */
  | 'ANONYMOUS'
  /** A key with the editor scope. */
  | 'EDITOR'
  /** A partner key. */
  | 'PARTNER';

/** How precisely the source states a date (độ chính xác của thời gian). */
export type DatePrecision =
  /** Only the day is known; the value is its start in Asia/Ho_Chi_Minh. */
  | 'DAY'
  /** Morning or afternoon is known; the value is its start (00:00 or 12:00). */
  | 'HALF_DAY'
  /** The time is known to the minute. */
  | 'MINUTE'
  /** Only the month is known; the value is the first day of it. */
  | 'MONTH';

/** Narrows a list of events. */
export type EventFilter = {
  /** Only events still going on at or after this instant. */
  from?: string | null | undefined;
  /** Only this kind. */
  kind?: EventKind | null | undefined;
  /** Slug of an organisation that organised or took part. */
  organisation?: string | null | undefined;
  /** Slug of the parent event: only its sub-events. */
  parent?: string | null | undefined;
  /** Slug of the place. */
  place?: string | null | undefined;
  /** Only events starting before this instant. */
  to?: string | null | undefined;
};

/** What kind of event (loại sự kiện): hội nghị, buổi làm việc, lễ, chiến dịch, ... */
export type EventKind =
  /** A ceremony, opening or signing (lễ). */
  | 'CEREMONY'
  /** A conference (hội nghị). */
  | 'CONFERENCE'
  /** A working session or bilateral meeting (buổi làm việc, hội đàm). */
  | 'MEETING'
  /** A police or enforcement operation (chiến dịch). */
  | 'OPERATION'
  /** The source names it without saying what kind it is. */
  | 'OTHER'
  /** A press conference (họp báo). */
  | 'PRESS_CONFERENCE'
  /** A visit (chuyến thăm). */
  | 'VISIT';

/** A photo of the article. */
export type ImageInput = {
  /** Text alternative for screen readers. */
  alt?: string | null | undefined;
  /** Caption (chú thích). */
  caption?: string | null | undefined;
  /** Photographer or source. */
  credit?: string | null | undefined;
  /** Height in pixels. */
  height?: number | null | undefined;
  /** Address of the image file (http or https). */
  url?: string | null | undefined;
  /** Width in pixels. */
  width?: number | null | undefined;
};

/** What an API key may do beyond reading public content. */
export type KeyScope =
  /** Newsroom tools: drafts and scheduled articles by every path; the largest budgets. */
  | 'EDITOR'
  /** Partner agencies: larger cost budgets for bulk pulls. */
  | 'PARTNER';

/** What kind of organisation (loại tổ chức). */
export type OrganisationKind =
  /** A company (doanh nghiệp). */
  | 'COMPANY'
  /** A ministry or government agency (bộ, cục, cơ quan nhà nước). */
  | 'GOVERNMENT_AGENCY'
  /** A hospital or one of its departments (bệnh viện). */
  | 'HOSPITAL'
  /** An international organisation or one of its bodies (INTERPOL, UNODC, ...). */
  | 'INTERNATIONAL_ORGANISATION'
  /** A legislature or one of its bodies (Quốc hội, ...). */
  | 'LEGISLATIVE_BODY'
  /** The source names it without saying what it is. */
  | 'OTHER'
  /** A police force or unit (công an, cảnh sát). */
  | 'POLICE_UNIT'
  /** A standing project or programme run by an organisation. */
  | 'PROJECT'
  /** A religious organisation (tổ chức tôn giáo). */
  | 'RELIGIOUS_ORGANISATION'
  /** A research or forensic institute (viện). */
  | 'RESEARCH_INSTITUTE'
  /** A country acting as a party, e.g. as a donor. */
  | 'STATE';

/** What a write did to an article. */
export type RevisionAction =
  /** createArticle. */
  | 'CREATE'
  /** deleteArticle. */
  | 'DELETE'
  /** publishArticle, effective at once. */
  | 'PUBLISH'
  /** publishArticle with a future `at` (hẹn giờ đăng). */
  | 'SCHEDULE'
  /** updateArticle. */
  | 'UPDATE'
  /** withdrawArticle (gỡ bài). */
  | 'WITHDRAW';

/** Narrows a search; article conditions leave only articles. */
export type SearchFilter = {
  /** Articles in this category (slug). */
  category?: string | null | undefined;
  /** Articles about this event (slug). */
  event?: string | null | undefined;
  /** Articles mentioning this organisation (slug). */
  organisation?: string | null | undefined;
  /** Articles mentioning this person (slug). */
  person?: string | null | undefined;
  /** Articles published at or after this instant. */
  publishedAfter?: string | null | undefined;
  /** Articles published before this instant. */
  publishedBefore?: string | null | undefined;
  /** Only these kinds of hit. */
  types?: Array<SearchHitType> | null | undefined;
};

/** What kind of object a search hit is. */
export type SearchHitType =
  /** A news article (bài viết). */
  | 'ARTICLE'
  /** An event (sự kiện). */
  | 'EVENT'
  /** An organisation (tổ chức). */
  | 'ORGANISATION'
  /** A person (nhân vật). */
  | 'PERSON';

export type ArticlePageQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type ArticlePageQuery = { article: { id: string, title: string, lead: string | null, publishedAt: string | null, publishedAtPrecision: DatePrecision | null, url: string, body: string | null, views: number, authors: Array<{ id: string, name: string }>, category: { id: string, name: string } | null, tags: Array<{ id: string, name: string, slug: string }>, images: Array<{ url: string | null, caption: string | null, credit: string | null }>, people: Array<{ id: string, name: string, rank: string | null, title: string | null, slug: string }>, organisations: Array<{ id: string, name: string, shortName: string | null, slug: string }>, events: Array<{ id: string, name: string, slug: string, dateText: string | null }>, places: Array<{ id: string, name: string }>, related: Array<{ score: number, reasons: Array<string>, article: { id: string, title: string, url: string } }> } | null };

export type CreateDraftMutationVariables = Exact<{
  input?: ArticleInput;
}>;


export type CreateDraftMutation = { createArticle: { article: { id: string, slug: string, version: number, status: ArticleStatus } } };

export type SuggestLinksQueryVariables = Exact<{
  text?: string;
}>;


export type SuggestLinksQuery = { suggestLinks: Array<{ matched: string, start: number, end: number, entity:
      | { id: string, name: string }
      | { id: string, name: string, shortName: string | null }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type UpdateArticleMutationVariables = Exact<{
  id: string | number;
  version: number;
  input?: ArticleInput;
}>;


export type UpdateArticleMutation = { updateArticle: { article: { id: string, slug: string, version: number, lead: string | null, updatedAt: string } } };

export type PublishArticleMutationVariables = Exact<{
  id: string | number;
  version: number;
  at?: string | null | undefined;
}>;


export type PublishArticleMutation = { publishArticle: { article: { id: string, version: number, status: ArticleStatus, publishedAt: string | null, url: string } } };

export type WithdrawArticleMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string;
}>;


export type WithdrawArticleMutation = { withdrawArticle: { article: { id: string, version: number, status: ArticleStatus, withdrawnAt: string | null, withdrawalReason: string | null } } };

export type ArticleHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleHistoryQuery = { article: { id: string, title: string, version: number, history: { nodes: Array<{ version: number, action: RevisionAction, keyName: string, at: string, note: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> }> } } | null };

export type DeleteArticleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteArticleMutation = { deleteArticle: { deletedId: string } };

export type EventPageQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type EventPageQuery = { event: { id: string, name: string, shortName: string | null, kind: EventKind, startsAt: string | null, endsAt: string | null, dateText: string | null, attendeeCount: number | null, countryCount: number | null, place: { id: string, name: string } | null, organisers: Array<{ id: string, name: string, shortName: string | null }>, participants: Array<{ id: string, name: string, shortName: string | null }>, subEvents: Array<{ id: string, name: string, dateText: string | null }>, articles: { nodes: Array<{ id: string, title: string, url: string }> } } | null };

export type HomePageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HomePageQuery = { latest: Array<{ id: string, slug: string, title: string, lead: string | null, url: string, publishedAt: string | null, category: { id: string, name: string, slug: string } | null, images: Array<{ url: string | null, caption: string | null }> }>, mostRead: Array<{ rank: number, views: number, article: { id: string, title: string, url: string } }> };

export type MostReadThisWeekQueryVariables = Exact<{
  first?: number | null | undefined;
  category?: string | null | undefined;
}>;


export type MostReadThisWeekQuery = { mostRead: Array<{ rank: number, views: number, countedAt: string, article: { id: string, title: string, url: string, publishedAt: string | null } }> };

export type PersonPageQueryVariables = Exact<{
  slug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonPageQuery = { person: { id: string, name: string, rank: string | null, title: string | null, positions: Array<{ title: string, organisation: { id: string, name: string, slug: string } | null }>, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, url: string, publishedAt: string | null }> } } | null };

export type SearchQueryVariables = Exact<{
  query?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ score: number, highlights: Array<{ field: string, snippet: string }>, node:
        | { __typename: 'Article', id: string, title: string, url: string }
        | { __typename: 'Event', id: string, name: string, slug: string }
        | { __typename: 'Organisation', id: string, name: string, slug: string }
        | { __typename: 'Person', id: string, name: string, slug: string }
       }> } };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { kind: CallerKind, keyName: string | null, keyPrefix: string | null, scopes: Array<KeyScope>, keyExpiresAt: string | null, canSeeUnpublished: boolean, costLimit: number, pointsPerMinute: number | null } };

export type AccessEveryPathQueryVariables = Exact<{
  main: string;
  draft: string;
  scheduled: string;
  draftId: string | number;
}>;


export type AccessEveryPathQuery = { draft: { slug: string, status: ArticleStatus } | null, scheduled: { slug: string, status: ArticleStatus } | null, byId: { slug: string } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, articles: { totalCount: number, nodes: Array<{ slug: string }> }, latest: Array<{ slug: string }>, tag: { articles: { totalCount: number, nodes: Array<{ slug: string }> } } | null, person: { articles: { totalCount: number, nodes: Array<{ slug: string }> } } | null, search: { totalCount: number, edges: Array<{ node:
        | { slug: string }
        | Record<PropertyKey, never>
       }> }, main: { related: Array<{ article: { slug: string } }> } | null };

export type AccessStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessStatesQuery = { articles: { nodes: Array<{ slug: string, status: ArticleStatus }> } };

export type ExamplesSeedIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesSeedIdQuery = { latest: Array<{ id: string }> };

export type HttpCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type HttpCountsQuery = { articles: { totalCount: number }, people: { totalCount: number }, organisations: { totalCount: number } };

export type PopularityArticleIdQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type PopularityArticleIdQuery = { article: { id: string } | null };

export type PopularityViewsByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PopularityViewsByIdQuery = { article: { views: number } | null };

export type PopularityViewsBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type PopularityViewsBySlugQuery = { article: { views: number } | null };

export type PopularityAllTimeQueryVariables = Exact<{ [key: string]: never; }>;


export type PopularityAllTimeQuery = { mostRead: Array<{ views: number }> };

export type PopularityDayAndAllQueryVariables = Exact<{
  id: string | number;
}>;


export type PopularityDayAndAllQuery = { article: { day: number, all: number } | null };

export type PopularityWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type PopularityWindowsQuery = { article: { day: number, week: number, month: number, all: number } | null };

export type PopularityRankingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PopularityRankingsQuery = { week: Array<{ rank: number, views: number, countedAt: string, article: { slug: string } }>, month: Array<{ rank: number, views: number, article: { slug: string } }>, cat: Array<{ article: { slug: string } }>, none: Array<{ rank: number }> };

export type PopularityPageViewsQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type PopularityPageViewsQuery = { articles: { nodes: Array<{ slug: string, week: number, all: number }> } };

export type PopularityCachedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type PopularityCachedViewsQuery = { articles: { nodes: Array<{ slug: string, week: number, all: number }> } };

export type ReadArticleBySlugQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type ReadArticleBySlugQuery = { article: { id: string, slug: string } | null };

export type ReadArticleAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadArticleAndNodeQuery = { article: { slug: string } | null, node:
    | { title: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ReadNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadNodeQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Category', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Tag', id: string }
   | null };

export type ReadOneOfEachQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadOneOfEachQuery = { person: { id: string } | null, organisation: { id: string } | null, event: { id: string } | null, place: { id: string } | null, category: { id: string } | null, tag: { id: string } | null };

export type ReadUnknownSlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadUnknownSlugsQuery = { a: { id: string } | null, p: { id: string } | null, o: { id: string } | null, e: { id: string } | null, d: { id: string } | null, s: { id: string } | null };

export type ReadDraftByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadDraftByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, article: { id: string } | null };

export type ReadAllPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ReadAllPagesQuery = { articles: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null, startCursor: string | null } } };

export type ReadPageOfThreeQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type ReadPageOfThreeQuery = { articles: { pageInfo: { endCursor: string | null }, nodes: Array<{ slug: string }> } };

export type ReadFilteredArticlesQueryVariables = Exact<{
  f?: ArticleFilter | null | undefined;
}>;


export type ReadFilteredArticlesQuery = { articles: { totalCount: number, nodes: Array<{ slug: string }> } };

export type ReadOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadOrdersQuery = { asc: { nodes: Array<{ slug: string }> }, upd: { nodes: Array<{ updatedAt: string }> } };

export type ReadLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadLatestQuery = { latest: Array<{ slug: string }>, all: Array<{ slug: string }> };

export type ReadOtherConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadOtherConnectionsQuery = { people: { totalCount: number, nodes: Array<{ name: string }> }, ranked: { nodes: Array<{ name: string }> }, units: { totalCount: number, nodes: Array<{ slug: string }>, pageInfo: { hasNextPage: boolean } }, provinces: { totalCount: number }, tags: { nodes: Array<{ slug: string }> } };

export type ReadFilteredEventsQueryVariables = Exact<{
  f?: EventFilter | null | undefined;
}>;


export type ReadFilteredEventsQuery = { events: { nodes: Array<{ slug: string }> } };

export type ReadNestedPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadNestedPagesQuery = { tag: { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ slug: string }> } } | null, organisation: { articles: { totalCount: number, nodes: Array<{ slug: string }> } } | null };

export type ReadTagPageQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type ReadTagPageQuery = { tag: { articles: { nodes: Array<{ slug: string }> } } | null };

export type RelatedOfQueryVariables = Exact<{
  s?: string | null | undefined;
  n?: number | null | undefined;
}>;


export type RelatedOfQuery = { article: { related: Array<{ score: number, reasons: Array<string>, article: { slug: string } }> } | null };

export type SearchHitsQueryVariables = Exact<{
  q: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  f?: SearchFilter | null | undefined;
}>;


export type SearchHitsQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, score: number, highlights: Array<{ field: string, snippet: string }>, node:
        | { __typename: 'Article', label: string }
        | { __typename: 'Event', label: string }
        | { __typename: 'Organisation', label: string }
        | { __typename: 'Person', label: string }
       }> } };

export type SeedArticleQueryVariables = Exact<{
  slug: string;
}>;


export type SeedArticleQuery = { article: { title: string, lead: string | null, language: string, publishedAt: string | null, publishedAtPrecision: DatePrecision | null, text: string | null, html: string | null, category: { slug: string, name: string } | null, authors: Array<{ name: string }>, blocks: Array<
      | { __typename: 'HeadingBlock' }
      | { __typename: 'ImageBlock', image: { caption: string | null, alt: string | null, url: string | null } }
      | { __typename: 'ParagraphBlock', text: string }
      | { __typename: 'QuoteBlock' }
    >, images: Array<{ caption: string | null, alt: string | null, url: string | null, credit: string | null }>, tags: Array<{ name: string }> } | null };

export type SeedPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedPeopleQuery = { long: { name: string, rank: string | null, title: string | null, positions: Array<{ title: string, from: string | null, to: string | null, organisation: { name: string } | null }> } | null, goh: { name: string, rank: string | null, title: string | null, positions: Array<{ title: string, organisation: { name: string, parent: { shortName: string | null } | null, funders: Array<{ name: string }> } | null }> } | null, quang: { name: string, title: string | null, articles: { nodes: Array<{ title: string }> } } | null };

export type SeedOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedOrganisationsQuery = { bca: { name: string, kind: OrganisationKind, country: { name: string } | null, children: Array<{ name: string, aliases: Array<string>, kind: OrganisationKind }> } | null, office: { aliases: Array<string>, parent: { name: string } | null, events: Array<{ slug: string }> } | null, interpol: { shortName: string | null, kind: OrganisationKind, children: Array<{ name: string }> } | null, gfce: { shortName: string | null } | null, companies: { nodes: Array<{ name: string }> } };

export type SeedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedEventsQuery = { conf: { kind: EventKind, startsAt: string | null, endsAt: string | null, datePrecision: DatePrecision | null, attendeeCount: number | null, countryCount: number | null, place: { name: string } | null, organisers: Array<{ name: string }>, participants: Array<{ name: string, shortName: string | null }>, subEvents: Array<{ name: string, kind: EventKind, startsAt: string | null, datePrecision: DatePrecision | null, dateText: string | null, parent: { kind: EventKind } | null }>, articles: { totalCount: number } } | null, secure: { kind: EventKind, shortName: string | null, organisers: Array<{ shortName: string | null }> } | null, hanoi: { kind: EventKind, shortName: string | null, startsAt: string | null, datePrecision: DatePrecision | null, place: { name: string } | null } | null };

export type SeedHeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedHeadlinesQuery = { category: { articles: { totalCount: number, nodes: Array<{ title: string, lead: string | null, publishedAt: string | null, authors: Array<{ name: string }> }> } } | null };

export type SeedSectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedSectionsQuery = { categories: Array<{ slug: string, name: string }> };

export type SyntheticArticlesQueryVariables = Exact<{
  tag: string;
}>;


export type SyntheticArticlesQuery = { articles: { totalCount: number, nodes: Array<{ slug: string, title: string, views: number, tags: Array<{ slug: string }>, people: Array<{ name: string }> }> }, seedOnly: { totalCount: number } };

export type SyntheticOldestFirstQueryVariables = Exact<{
  tag: string;
}>;


export type SyntheticOldestFirstQuery = { articles: { nodes: Array<{ slug: string, views: number, tags: Array<{ slug: string }> }> } };

export type SqlArticlesPageQueryVariables = Exact<{
  first: number;
}>;


export type SqlArticlesPageQuery = { articles: { nodes: Array<{ title: string, authors: Array<{ name: string }>, category: { name: string } | null, tags: Array<{ name: string }>, images: Array<{ caption: string | null }>, people: Array<{ name: string }>, organisations: Array<{ name: string }>, events: Array<{ name: string }>, places: Array<{ name: string }> }> } };

export type SqlPeoplePageQueryVariables = Exact<{
  first: number;
}>;


export type SqlPeoplePageQuery = { people: { nodes: Array<{ name: string, positions: Array<{ title: string, organisation: { name: string } | null }>, articles: { totalCount: number, nodes: Array<{ title: string, tags: Array<{ name: string }> }> } }> } };

export type SqlArticlesWithBodyQueryVariables = Exact<{
  first: number;
}>;


export type SqlArticlesWithBodyQuery = { articles: { totalCount: number, nodes: Array<{ body: string | null, blocks: Array<
        | { __typename: 'HeadingBlock' }
        | { __typename: 'ImageBlock', image: { caption: string | null } }
        | { __typename: 'ParagraphBlock' }
        | { __typename: 'QuoteBlock' }
      > }> } };

export type SqlHomePageQueryVariables = Exact<{
  n: number;
}>;


export type SqlHomePageQuery = { latest: Array<{ slug: string, title: string, lead: string | null, publishedAt: string | null, url: string, views: number, authors: Array<{ name: string }>, category: { name: string, slug: string } | null, tags: Array<{ name: string, slug: string }>, images: Array<{ url: string | null, caption: string | null, alt: string | null }>, related: Array<{ score: number, article: { slug: string, title: string } }> }>, mostRead: Array<{ rank: number, views: number, article: { slug: string, title: string } }> };

export type SqlArticlePageQueryVariables = Exact<{
  slug: string;
  n: number;
}>;


export type SqlArticlePageQuery = { article: { title: string, lead: string | null, publishedAt: string | null, updatedAt: string, url: string, body: string | null, views: number, blocks: Array<
      | { __typename: 'HeadingBlock' }
      | { __typename: 'ImageBlock', image: { caption: string | null, alt: string | null, url: string | null } }
      | { __typename: 'ParagraphBlock', text: string }
      | { __typename: 'QuoteBlock' }
    >, authors: Array<{ name: string, slug: string }>, category: { name: string } | null, tags: Array<{ name: string }>, images: Array<{ caption: string | null }>, people: Array<{ name: string, rank: string | null, title: string | null }>, organisations: Array<{ name: string, shortName: string | null }>, events: Array<{ name: string, startsAt: string | null }>, places: Array<{ name: string }>, related: Array<{ score: number, reasons: Array<string>, article: { slug: string, title: string, publishedAt: string | null } }> } | null, mostRead: Array<{ rank: number, views: number, article: { slug: string, title: string } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($slug: String = "tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong") {
  article(slug: $slug) {
    id
    title
    lead
    publishedAt
    publishedAtPrecision
    url
    body(format: HTML)
    authors {
      id
      name
    }
    category {
      id
      name
    }
    tags {
      id
      name
      slug
    }
    images {
      url
      caption
      credit
    }
    people {
      id
      name
      rank
      title
      slug
    }
    organisations {
      id
      name
      shortName
      slug
    }
    events {
      id
      name
      slug
      dateText
    }
    places {
      id
      name
    }
    views(window: WEEK)
    related(first: 5) {
      score
      reasons
      article {
        id
        title
        url
      }
    }
  }
}
    `, {"hash":"sha256:2cf7f392be0b8e93793a51cfba69b8c30305d9ecdb17f61453dfe2ded6e3d653"}) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const CreateDraftDocument = new TypedDocumentString(`
    mutation CreateDraft($input: ArticleInput! = {title: "Bản nháp: Hội nghị INTERPOL về tội phạm mạng tại Hà Nội", lead: "Bản nháp thử nghiệm từ trình khám phá API.", body: "<p>Thượng tướng Nguyễn Văn Long phát biểu tại Hội nghị.</p>", category: "tin-tuc", tags: ["toi-pham-mang"], people: ["nguyen-van-long"]}) {
  createArticle(input: $input) {
    article {
      id
      slug
      version
      status
    }
  }
}
    `, {"hash":"sha256:1731f8e8bd76ec23d7894091f66747a275409ad453bfca97b28a1ff894ee3b60"}) as unknown as TypedDocumentString<CreateDraftMutation, CreateDraftMutationVariables>;
export const SuggestLinksDocument = new TypedDocumentString(`
    query SuggestLinks($text: String! = "Thượng tướng Nguyễn Văn Long cùng đại diện INTERPOL và UNODC dự Hội nghị tại Hà Nội.") {
  suggestLinks(text: $text) {
    matched
    start
    end
    entity {
      ... on Person {
        id
        name
      }
      ... on Organisation {
        id
        name
        shortName
      }
      ... on Event {
        id
        name
      }
      ... on Place {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:0d1f754e5dc5cb3ef3fe75d8430b9f57fee4ca5ead509eac6f8cd2db2857010d"}) as unknown as TypedDocumentString<SuggestLinksQuery, SuggestLinksQueryVariables>;
export const UpdateArticleDocument = new TypedDocumentString(`
    mutation UpdateArticle($id: ID!, $version: Int!, $input: ArticleInput! = {lead: "Sapo đã sửa."}) {
  updateArticle(id: $id, version: $version, input: $input) {
    article {
      id
      slug
      version
      lead
      updatedAt
    }
  }
}
    `, {"hash":"sha256:f5ea0d5b690e38d2c2113cb83784aa4c9f22c9a4b77de814a4017e7f5df03760"}) as unknown as TypedDocumentString<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const PublishArticleDocument = new TypedDocumentString(`
    mutation PublishArticle($id: ID!, $version: Int!, $at: DateTime) {
  publishArticle(id: $id, version: $version, at: $at) {
    article {
      id
      version
      status
      publishedAt
      url
    }
  }
}
    `, {"hash":"sha256:513917cdeae4dd4e72a86bf97acf6fd71f1e6d08d667c285d8f559ad52c5c7e7"}) as unknown as TypedDocumentString<PublishArticleMutation, PublishArticleMutationVariables>;
export const WithdrawArticleDocument = new TypedDocumentString(`
    mutation WithdrawArticle($id: ID!, $version: Int!, $reason: String! = "Thông tin cần kiểm chứng lại.") {
  withdrawArticle(id: $id, version: $version, reason: $reason) {
    article {
      id
      version
      status
      withdrawnAt
      withdrawalReason
    }
  }
}
    `, {"hash":"sha256:217b808ba54e9b5f92667a9cb5faf265a697d44495209667049698222d8b8c4d"}) as unknown as TypedDocumentString<WithdrawArticleMutation, WithdrawArticleMutationVariables>;
export const ArticleHistoryDocument = new TypedDocumentString(`
    query ArticleHistory($id: ID!) {
  article(id: $id) {
    id
    title
    version
    history(first: 20) {
      nodes {
        version
        action
        keyName
        at
        note
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `, {"hash":"sha256:0a139972c03f9edb4afa22319bbc6dbb5481522e5fd7ca92f76d0aaa083b58c6"}) as unknown as TypedDocumentString<ArticleHistoryQuery, ArticleHistoryQueryVariables>;
export const DeleteArticleDocument = new TypedDocumentString(`
    mutation DeleteArticle($id: ID!, $version: Int!) {
  deleteArticle(id: $id, version: $version) {
    deletedId
  }
}
    `, {"hash":"sha256:cd7befd14076ee8510ad58ee5768e9e3d2bf7008a2b33d9dcef10c5c4078aa03"}) as unknown as TypedDocumentString<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($slug: String = "hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong") {
  event(slug: $slug) {
    id
    name
    shortName
    kind
    startsAt
    endsAt
    dateText
    attendeeCount
    countryCount
    place {
      id
      name
    }
    organisers {
      id
      name
      shortName
    }
    participants {
      id
      name
      shortName
    }
    subEvents {
      id
      name
      dateText
    }
    articles(first: 10) {
      nodes {
        id
        title
        url
      }
    }
  }
}
    `, {"hash":"sha256:5c431d9f28fe2b200b8f8a369cbe2bd3160347fb2b05247beae05ab5ca0729ad"}) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($first: Int = 10) {
  latest(first: $first) {
    id
    slug
    title
    lead
    url
    publishedAt
    category {
      id
      name
      slug
    }
    images {
      url
      caption
    }
  }
  mostRead(window: WEEK, first: 5) {
    rank
    views
    article {
      id
      title
      url
    }
  }
}
    `, {"hash":"sha256:db82a9028bf78751278cf0f440d524937075d1f4f1394027104d1ca85f15267f"}) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const MostReadThisWeekDocument = new TypedDocumentString(`
    query MostReadThisWeek($first: Int = 10, $category: String) {
  mostRead(window: WEEK, first: $first, category: $category) {
    rank
    views
    countedAt
    article {
      id
      title
      url
      publishedAt
    }
  }
}
    `, {"hash":"sha256:9a30355251f8b6860b2910d9a80d1275ada8c84300a5eddf54b8d27dc4278769"}) as unknown as TypedDocumentString<MostReadThisWeekQuery, MostReadThisWeekQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($slug: String = "nguyen-van-long", $first: Int = 10, $after: String) {
  person(slug: $slug) {
    id
    name
    rank
    title
    positions {
      title
      organisation {
        id
        name
        slug
      }
    }
    articles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        url
        publishedAt
      }
    }
  }
}
    `, {"hash":"sha256:1446dd24bb461a9a645f8a71208935e511fcabbc074493fc5bb52a74da39e72f"}) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String = "toi pham mang", $first: Int = 10) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      score
      highlights {
        field
        snippet
      }
      node {
        __typename
        ... on Article {
          id
          title
          url
        }
        ... on Person {
          id
          name
          slug
        }
        ... on Organisation {
          id
          name
          slug
        }
        ... on Event {
          id
          name
          slug
        }
      }
    }
  }
}
    `, {"hash":"sha256:6ca624c3443a36d6ba763a3511ef3175399d7e5c64494577cb565865c97c48a9"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const AccessViewerDocument = new TypedDocumentString(`
    query AccessViewer {
  viewer {
    kind
    keyName
    keyPrefix
    scopes
    keyExpiresAt
    canSeeUnpublished
    costLimit
    pointsPerMinute
  }
}
    `, {"hash":"sha256:3fae7176057bd0252c30353066e9c47d69968ebf64aa7159316569d862253b7d"}) as unknown as TypedDocumentString<AccessViewerQuery, AccessViewerQueryVariables>;
export const AccessEveryPathDocument = new TypedDocumentString(`
    query AccessEveryPath($main: String!, $draft: String!, $scheduled: String!, $draftId: ID!) {
  draft: article(slug: $draft) {
    slug
    status
  }
  scheduled: article(slug: $scheduled) {
    slug
    status
  }
  byId: article(id: $draftId) {
    slug
  }
  node(id: $draftId) {
    id
  }
  articles(first: 100, filter: {tag: "toi-pham-mang"}) {
    totalCount
    nodes {
      slug
    }
  }
  latest(first: 100) {
    slug
  }
  tag(slug: "toi-pham-mang") {
    articles(first: 100) {
      totalCount
      nodes {
        slug
      }
    }
  }
  person(slug: "nguyen-van-long") {
    articles(first: 100) {
      totalCount
      nodes {
        slug
      }
    }
  }
  search(query: "ban nhap truy quet", first: 100) {
    totalCount
    edges {
      node {
        ... on Article {
          slug
        }
      }
    }
  }
  main: article(slug: $main) {
    related(first: 20) {
      article {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:396e909b4314598afd840f532b0c286f72cc489bab0ecab45297009096611ccc"}) as unknown as TypedDocumentString<AccessEveryPathQuery, AccessEveryPathQueryVariables>;
export const AccessStatesDocument = new TypedDocumentString(`
    query AccessStates {
  articles(first: 100, filter: {status: [DRAFT]}) {
    nodes {
      slug
      status
    }
  }
}
    `, {"hash":"sha256:7c7db2cd85b030aafcefc8f50a360ee2a1943094661c14f6c4bf7c30fc8eefb4"}) as unknown as TypedDocumentString<AccessStatesQuery, AccessStatesQueryVariables>;
export const ExamplesSeedIdDocument = new TypedDocumentString(`
    query ExamplesSeedId {
  latest(first: 1) {
    id
  }
}
    `, {"hash":"sha256:2c1a45da733fe04cb3c12ca4c3593124920de25fccc1ab11193b84613f7e9625"}) as unknown as TypedDocumentString<ExamplesSeedIdQuery, ExamplesSeedIdQueryVariables>;
export const HttpCountsDocument = new TypedDocumentString(`
    query HttpCounts {
  articles {
    totalCount
  }
  people {
    totalCount
  }
  organisations {
    totalCount
  }
}
    `, {"hash":"sha256:d5eb95fae16d49b0ae9fba9f61e203d5fe6df20b8389d8e1d772564984acaed2"}) as unknown as TypedDocumentString<HttpCountsQuery, HttpCountsQueryVariables>;
export const PopularityArticleIdDocument = new TypedDocumentString(`
    query PopularityArticleId($s: String) {
  article(slug: $s) {
    id
  }
}
    `, {"hash":"sha256:4883e680c5d1087fb66a59ab3ff02ad4ed2732b2661f5c7f892d9ff9c9859f4a"}) as unknown as TypedDocumentString<PopularityArticleIdQuery, PopularityArticleIdQueryVariables>;
export const PopularityViewsByIdDocument = new TypedDocumentString(`
    query PopularityViewsById($id: ID!) {
  article(id: $id) {
    views
  }
}
    `, {"hash":"sha256:9924a99ce714b7749875de159756ab93e6d432e07b9e1cb397d7ff33127c8277"}) as unknown as TypedDocumentString<PopularityViewsByIdQuery, PopularityViewsByIdQueryVariables>;
export const PopularityViewsBySlugDocument = new TypedDocumentString(`
    query PopularityViewsBySlug($slug: String!) {
  article(slug: $slug) {
    views
  }
}
    `, {"hash":"sha256:c4da2f8ec6aa931c6e23b610f736e2f3a0db0cc928da71bfe9e80d901fd25c6e"}) as unknown as TypedDocumentString<PopularityViewsBySlugQuery, PopularityViewsBySlugQueryVariables>;
export const PopularityAllTimeDocument = new TypedDocumentString(`
    query PopularityAllTime {
  mostRead(window: ALL_TIME, first: 100) {
    views
  }
}
    `, {"hash":"sha256:99a6de6fedff71f708d8b8c72540a5694985fc6ddde36596d2251221e32f93a1"}) as unknown as TypedDocumentString<PopularityAllTimeQuery, PopularityAllTimeQueryVariables>;
export const PopularityDayAndAllDocument = new TypedDocumentString(`
    query PopularityDayAndAll($id: ID!) {
  article(id: $id) {
    day: views(window: DAY)
    all: views
  }
}
    `, {"hash":"sha256:a8ff3c21fa23386f032e0830495d8a2c6d2453ff0d2c37cf73d7e6551a3e0ff8"}) as unknown as TypedDocumentString<PopularityDayAndAllQuery, PopularityDayAndAllQueryVariables>;
export const PopularityWindowsDocument = new TypedDocumentString(`
    query PopularityWindows {
  article(slug: "synthetic-article-5") {
    day: views(window: DAY)
    week: views(window: WEEK)
    month: views(window: MONTH)
    all: views(window: ALL_TIME)
  }
}
    `, {"hash":"sha256:b5d6851586ad7b86db1e82fd81fd6fab8bda1b7e80cfa079e2f338b83024ff7c"}) as unknown as TypedDocumentString<PopularityWindowsQuery, PopularityWindowsQueryVariables>;
export const PopularityRankingsDocument = new TypedDocumentString(`
    query PopularityRankings {
  week: mostRead(first: 3) {
    rank
    views
    article {
      slug
    }
    countedAt
  }
  month: mostRead(window: MONTH, first: 2) {
    rank
    views
    article {
      slug
    }
  }
  cat: mostRead(window: WEEK, category: "synthetic-category", first: 1) {
    article {
      slug
    }
  }
  none: mostRead(category: "tin-tuc") {
    rank
  }
}
    `, {"hash":"sha256:202bb02209a53a4ae6c99d1aac8a658667f13f62e11333d531c8e71fd8727d83"}) as unknown as TypedDocumentString<PopularityRankingsQuery, PopularityRankingsQueryVariables>;
export const PopularityPageViewsDocument = new TypedDocumentString(`
    query PopularityPageViews($n: Int) {
  articles(first: $n) {
    nodes {
      slug
      week: views(window: WEEK)
      all: views
    }
  }
}
    `, {"hash":"sha256:db8d37619b9e47b8b521ffea99787e5b266a1eac8576b577196c151e47705651"}) as unknown as TypedDocumentString<PopularityPageViewsQuery, PopularityPageViewsQueryVariables>;
export const PopularityCachedViewsDocument = new TypedDocumentString(`
    query PopularityCachedViews {
  articles(first: 3, filter: {category: "counted-category"}) {
    nodes {
      slug
      week: views(window: WEEK)
      all: views
    }
  }
}
    `, {"hash":"sha256:228a5a7c6462512ba1c660be6c333a009acc789013c4f6432c4ba100de41d1b6"}) as unknown as TypedDocumentString<PopularityCachedViewsQuery, PopularityCachedViewsQueryVariables>;
export const ReadArticleBySlugDocument = new TypedDocumentString(`
    query ReadArticleBySlug($s: String) {
  article(slug: $s) {
    id
    slug
  }
}
    `, {"hash":"sha256:9915011299c22e4182de01ae17a1c6a122ef160ab0325206619443124a015a7a"}) as unknown as TypedDocumentString<ReadArticleBySlugQuery, ReadArticleBySlugQueryVariables>;
export const ReadArticleAndNodeDocument = new TypedDocumentString(`
    query ReadArticleAndNode($id: ID!) {
  article(id: $id) {
    slug
  }
  node(id: $id) {
    id
    ... on Article {
      title
    }
  }
}
    `, {"hash":"sha256:550e4a24896615b489cea5baac86c47d6a848e6c85090b0aa3b1a8c504d94de1"}) as unknown as TypedDocumentString<ReadArticleAndNodeQuery, ReadArticleAndNodeQueryVariables>;
export const ReadNodeDocument = new TypedDocumentString(`
    query ReadNode($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `, {"hash":"sha256:b2af65ba19071ae427590b7fab3f8e591c0ad5b4eb8a59821484d0d1642d7908"}) as unknown as TypedDocumentString<ReadNodeQuery, ReadNodeQueryVariables>;
export const ReadOneOfEachDocument = new TypedDocumentString(`
    query ReadOneOfEach {
  person(slug: "nguyen-van-long") {
    id
  }
  organisation(slug: "bo-cong-an") {
    id
  }
  event(slug: "chien-dich-secure") {
    id
  }
  place(slug: "ha-noi") {
    id
  }
  category(slug: "tin-tuc") {
    id
  }
  tag(slug: "toi-pham-mang") {
    id
  }
}
    `, {"hash":"sha256:3104b5deec335e943073c334ad5fd1398add1046f5a5e384dc057af3f588a102"}) as unknown as TypedDocumentString<ReadOneOfEachQuery, ReadOneOfEachQueryVariables>;
export const ReadUnknownSlugsDocument = new TypedDocumentString(`
    query ReadUnknownSlugs {
  a: article(slug: "khong-co") {
    id
  }
  p: person(slug: "khong-co") {
    id
  }
  o: organisation(slug: "khong-co") {
    id
  }
  e: event(slug: "khong-co") {
    id
  }
  d: article(slug: "draft-article-0") {
    id
  }
  s: article(slug: "scheduled-article-0") {
    id
  }
}
    `, {"hash":"sha256:06654eb16f05ec5c5be35ac56393c809d753d42dc364a55af86a6d13cb7739fc"}) as unknown as TypedDocumentString<ReadUnknownSlugsQuery, ReadUnknownSlugsQueryVariables>;
export const ReadDraftByIdDocument = new TypedDocumentString(`
    query ReadDraftById($id: ID!) {
  node(id: $id) {
    id
  }
  article(id: $id) {
    id
  }
}
    `, {"hash":"sha256:56a915d1a27459f0f8d25d75eee429d45890613ea198dd97224ed38fb581a16b"}) as unknown as TypedDocumentString<ReadDraftByIdQuery, ReadDraftByIdQueryVariables>;
export const ReadAllPagesDocument = new TypedDocumentString(`
    query ReadAllPages($after: String) {
  articles(first: 7, after: $after) {
    totalCount
    edges {
      cursor
      node {
        slug
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
      startCursor
    }
  }
}
    `, {"hash":"sha256:732be69c3324b4e57f6d73e0a39c78cc31620223d0f75c6a76a76602c4cfd766"}) as unknown as TypedDocumentString<ReadAllPagesQuery, ReadAllPagesQueryVariables>;
export const ReadPageOfThreeDocument = new TypedDocumentString(`
    query ReadPageOfThree($a: String) {
  articles(first: 3, after: $a) {
    pageInfo {
      endCursor
    }
    nodes {
      slug
    }
  }
}
    `, {"hash":"sha256:570a2f688874f805b489ad8371fb83fcc9149dd8d801f8014f0c255b19f5e310"}) as unknown as TypedDocumentString<ReadPageOfThreeQuery, ReadPageOfThreeQueryVariables>;
export const ReadFilteredArticlesDocument = new TypedDocumentString(`
    query ReadFilteredArticles($f: ArticleFilter) {
  articles(filter: $f, first: 100) {
    totalCount
    nodes {
      slug
    }
  }
}
    `, {"hash":"sha256:821775a8f4cb4288488b0fde7ba12da022f3074dd3a571ece042433674f6362d"}) as unknown as TypedDocumentString<ReadFilteredArticlesQuery, ReadFilteredArticlesQueryVariables>;
export const ReadOrdersDocument = new TypedDocumentString(`
    query ReadOrders {
  asc: articles(first: 2, orderBy: PUBLISHED_AT_ASC) {
    nodes {
      slug
    }
  }
  upd: articles(first: 1, orderBy: UPDATED_AT_DESC) {
    nodes {
      updatedAt
    }
  }
}
    `, {"hash":"sha256:01ac1550643f693877ec2c32d4a60df154480be68c913355a79ef611edcd5494"}) as unknown as TypedDocumentString<ReadOrdersQuery, ReadOrdersQueryVariables>;
export const ReadLatestDocument = new TypedDocumentString(`
    query ReadLatest {
  latest(first: 2, category: "tin-tuc") {
    slug
  }
  all: latest {
    slug
  }
}
    `, {"hash":"sha256:3b7d34c030f753ffa277bc3eeb6d12021241f8b0376ce5156d17671f63a31ac2"}) as unknown as TypedDocumentString<ReadLatestQuery, ReadLatestQueryVariables>;
export const ReadOtherConnectionsDocument = new TypedDocumentString(`
    query ReadOtherConnections {
  people(filter: {organisation: "bo-cong-an"}) {
    totalCount
    nodes {
      name
    }
  }
  ranked: people(filter: {rank: "Thượng tướng"}) {
    nodes {
      name
    }
  }
  units: organisations(filter: {parent: "bo-cong-an"}, first: 3) {
    totalCount
    nodes {
      slug
    }
    pageInfo {
      hasNextPage
    }
  }
  provinces: places(filter: {kind: PROVINCE}) {
    totalCount
  }
  tags(first: 2) {
    nodes {
      slug
    }
  }
}
    `, {"hash":"sha256:11df50ae8c69b75d934188305550737a6f9dfca7065a0c7d133a5209bbf06c67"}) as unknown as TypedDocumentString<ReadOtherConnectionsQuery, ReadOtherConnectionsQueryVariables>;
export const ReadFilteredEventsDocument = new TypedDocumentString(`
    query ReadFilteredEvents($f: EventFilter) {
  events(filter: $f, first: 100) {
    nodes {
      slug
    }
  }
}
    `, {"hash":"sha256:aa793cdffb9c18a947f50d1c519ea64b25811411063beee7ef5f30077ba66245"}) as unknown as TypedDocumentString<ReadFilteredEventsQuery, ReadFilteredEventsQueryVariables>;
export const ReadNestedPagesDocument = new TypedDocumentString(`
    query ReadNestedPages {
  tag(slug: "synthetic-tag-0") {
    articles(first: 4) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        slug
      }
    }
  }
  organisation(slug: "bo-cong-an") {
    articles {
      totalCount
      nodes {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:c894de5cb9def6f47fec2bdc4f21b29375cade25d87f00ce3cb5ab7a9f8084bd"}) as unknown as TypedDocumentString<ReadNestedPagesQuery, ReadNestedPagesQueryVariables>;
export const ReadTagPageDocument = new TypedDocumentString(`
    query ReadTagPage($a: String) {
  tag(slug: "synthetic-tag-0") {
    articles(first: 4, after: $a) {
      nodes {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:43c96b0f79f2601b39530cc9b616a2bd2d1943fbd2840cf55e4fa93a8793271f"}) as unknown as TypedDocumentString<ReadTagPageQuery, ReadTagPageQueryVariables>;
export const RelatedOfDocument = new TypedDocumentString(`
    query RelatedOf($s: String, $n: Int) {
  article(slug: $s) {
    related(first: $n) {
      score
      reasons
      article {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:ba19dfca471596bb50cfe4e056630aa6fea7c898239950ab3beaccae3710f8b9"}) as unknown as TypedDocumentString<RelatedOfQuery, RelatedOfQueryVariables>;
export const SearchHitsDocument = new TypedDocumentString(`
    query SearchHits($q: String!, $first: Int, $after: String, $f: SearchFilter) {
  search(query: $q, first: $first, after: $after, filter: $f) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      score
      highlights {
        field
        snippet
      }
      node {
        __typename
        ... on Article {
          label: title
        }
        ... on Person {
          label: name
        }
        ... on Organisation {
          label: name
        }
        ... on Event {
          label: name
        }
      }
    }
  }
}
    `, {"hash":"sha256:7742e4fb7c6622a4b0f80348b914feb346a7bc682e4355dab3fb9902b00c09f6"}) as unknown as TypedDocumentString<SearchHitsQuery, SearchHitsQueryVariables>;
export const SeedArticleDocument = new TypedDocumentString(`
    query SeedArticle($slug: String!) {
  article(slug: $slug) {
    title
    lead
    language
    publishedAt
    publishedAtPrecision
    category {
      slug
      name
    }
    authors {
      name
    }
    text: body(format: TEXT)
    html: body
    blocks {
      __typename
      ... on ParagraphBlock {
        text
      }
      ... on ImageBlock {
        image {
          caption
          alt
          url
        }
      }
    }
    images {
      caption
      alt
      url
      credit
    }
    tags {
      name
    }
  }
}
    `, {"hash":"sha256:69f656201eb9eb5983e5ab0e3af7991085f9f5553de18c10460ca322fb99b266"}) as unknown as TypedDocumentString<SeedArticleQuery, SeedArticleQueryVariables>;
export const SeedPeopleDocument = new TypedDocumentString(`
    query SeedPeople {
  long: person(slug: "nguyen-van-long") {
    name
    rank
    title
    positions {
      title
      organisation {
        name
      }
      from
      to
    }
  }
  goh: person(slug: "edmund-goh") {
    name
    rank
    title
    positions {
      title
      organisation {
        name
        parent {
          shortName
        }
        funders {
          name
        }
      }
    }
  }
  quang: person(slug: "luong-tam-quang") {
    name
    title
    articles {
      nodes {
        title
      }
    }
  }
}
    `, {"hash":"sha256:4158a0642b2f6212685c285c3d68bbe05e1c2749d795abe138e61eb186cd310f"}) as unknown as TypedDocumentString<SeedPeopleQuery, SeedPeopleQueryVariables>;
export const SeedOrganisationsDocument = new TypedDocumentString(`
    query SeedOrganisations {
  bca: organisation(slug: "bo-cong-an") {
    name
    kind
    country {
      name
    }
    children {
      name
      aliases
      kind
    }
  }
  office: organisation(slug: "van-phong-co-quan-canh-sat-dieu-tra-bo-cong-an") {
    aliases
    parent {
      name
    }
    events {
      slug
    }
  }
  interpol: organisation(slug: "to-chuc-canh-sat-hinh-su-quoc-te") {
    shortName
    kind
    children {
      name
    }
  }
  gfce: organisation(slug: "dien-dan-toan-cau-ve-an-ninh-mang") {
    shortName
  }
  companies: organisations(filter: {kind: COMPANY}) {
    nodes {
      name
    }
  }
}
    `, {"hash":"sha256:2d500844ff4bf8d958b4d81f3a5d7faf5ea6492a87dde3337d50a4f6548949c5"}) as unknown as TypedDocumentString<SeedOrganisationsQuery, SeedOrganisationsQueryVariables>;
export const SeedEventsDocument = new TypedDocumentString(`
    query SeedEvents {
  conf: event(
    slug: "hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong"
  ) {
    kind
    startsAt
    endsAt
    datePrecision
    place {
      name
    }
    attendeeCount
    countryCount
    organisers {
      name
    }
    participants {
      name
      shortName
    }
    subEvents {
      name
      kind
      startsAt
      datePrecision
      dateText
      parent {
        kind
      }
    }
    articles {
      totalCount
    }
  }
  secure: event(slug: "chien-dich-secure") {
    kind
    shortName
    organisers {
      shortName
    }
  }
  hanoi: event(slug: "le-mo-ky-cong-uoc-ha-noi") {
    kind
    shortName
    startsAt
    datePrecision
    place {
      name
    }
  }
}
    `, {"hash":"sha256:32c036c62db0e9cebceb034b9e9ca02583306b105b2b8ee451147706122e0598"}) as unknown as TypedDocumentString<SeedEventsQuery, SeedEventsQueryVariables>;
export const SeedHeadlinesDocument = new TypedDocumentString(`
    query SeedHeadlines {
  category(slug: "tin-tuc") {
    articles(first: 100) {
      totalCount
      nodes {
        title
        lead
        publishedAt
        authors {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:267d0e1d8ff225105149c22baee19226a45bdd93071d1601e793f79502b0ae1b"}) as unknown as TypedDocumentString<SeedHeadlinesQuery, SeedHeadlinesQueryVariables>;
export const SeedSectionsDocument = new TypedDocumentString(`
    query SeedSections {
  categories {
    slug
    name
  }
}
    `, {"hash":"sha256:ce907b878edff2d0cae1a0af8f1d6ce51fb5a3f567e364c99088328b1e9d45a4"}) as unknown as TypedDocumentString<SeedSectionsQuery, SeedSectionsQueryVariables>;
export const SyntheticArticlesDocument = new TypedDocumentString(`
    query SyntheticArticles($tag: String!) {
  articles(first: 100, filter: {tag: $tag}) {
    totalCount
    nodes {
      slug
      title
      tags {
        slug
      }
      people {
        name
      }
      views
    }
  }
  seedOnly: articles(first: 100) {
    totalCount
  }
}
    `, {"hash":"sha256:26c2e2e4730eafbba8ec9f16fab40ade4d2f2a601e02729b048e1633db3c640b"}) as unknown as TypedDocumentString<SyntheticArticlesQuery, SyntheticArticlesQueryVariables>;
export const SyntheticOldestFirstDocument = new TypedDocumentString(`
    query SyntheticOldestFirst($tag: String!) {
  articles(first: 100, filter: {tag: $tag}, orderBy: PUBLISHED_AT_ASC) {
    nodes {
      slug
      views
      tags {
        slug
      }
    }
  }
}
    `, {"hash":"sha256:712bd2a77830a34c4196dc6f9fbeada66dcf944718c423c822e5e79826f0cb7a"}) as unknown as TypedDocumentString<SyntheticOldestFirstQuery, SyntheticOldestFirstQueryVariables>;
export const SqlArticlesPageDocument = new TypedDocumentString(`
    query SqlArticlesPage($first: Int!) {
  articles(first: $first, filter: {category: "synthetic-category"}) {
    nodes {
      title
      authors {
        name
      }
      category {
        name
      }
      tags {
        name
      }
      images {
        caption
      }
      people {
        name
      }
      organisations {
        name
      }
      events {
        name
      }
      places {
        name
      }
    }
  }
}
    `, {"hash":"sha256:33dc69f7f5fa7aaccae303b90bc00f679785c4145378b3de786755a27083e9a4"}) as unknown as TypedDocumentString<SqlArticlesPageQuery, SqlArticlesPageQueryVariables>;
export const SqlPeoplePageDocument = new TypedDocumentString(`
    query SqlPeoplePage($first: Int!) {
  people(first: $first) {
    nodes {
      name
      positions {
        title
        organisation {
          name
        }
      }
      articles(first: 3) {
        totalCount
        nodes {
          title
          tags {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:8e970892ad26a3998a21692fc5b0ce6f2db92ccc039b461d996b59950028650b"}) as unknown as TypedDocumentString<SqlPeoplePageQuery, SqlPeoplePageQueryVariables>;
export const SqlArticlesWithBodyDocument = new TypedDocumentString(`
    query SqlArticlesWithBody($first: Int!) {
  articles(first: $first) {
    totalCount
    nodes {
      body
      blocks {
        __typename
        ... on ImageBlock {
          image {
            caption
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:5cc400db4b21cdefe49ff0780313392259c5af8c6e0feaf483541ea9da2346e5"}) as unknown as TypedDocumentString<SqlArticlesWithBodyQuery, SqlArticlesWithBodyQueryVariables>;
export const SqlHomePageDocument = new TypedDocumentString(`
    query SqlHomePage($n: Int!) {
  latest(first: $n) {
    slug
    title
    lead
    publishedAt
    url
    authors {
      name
    }
    category {
      name
      slug
    }
    tags {
      name
      slug
    }
    images {
      url
      caption
      alt
    }
    views(window: WEEK)
    related(first: 3) {
      score
      article {
        slug
        title
      }
    }
  }
  mostRead(window: WEEK, first: 10) {
    rank
    views
    article {
      slug
      title
    }
  }
}
    `, {"hash":"sha256:77c1b3903daa286c37c3347ad6470dd3e55c6834a2b03133afa6d8ae51f93783"}) as unknown as TypedDocumentString<SqlHomePageQuery, SqlHomePageQueryVariables>;
export const SqlArticlePageDocument = new TypedDocumentString(`
    query SqlArticlePage($slug: String!, $n: Int!) {
  article(slug: $slug) {
    title
    lead
    publishedAt
    updatedAt
    url
    body
    blocks {
      __typename
      ... on ParagraphBlock {
        text
      }
      ... on ImageBlock {
        image {
          caption
          alt
          url
        }
      }
    }
    authors {
      name
      slug
    }
    category {
      name
    }
    tags {
      name
    }
    images {
      caption
    }
    people {
      name
      rank
      title
    }
    organisations {
      name
      shortName
    }
    events {
      name
      startsAt
    }
    places {
      name
    }
    views
    related(first: $n) {
      score
      reasons
      article {
        slug
        title
        publishedAt
      }
    }
  }
  mostRead(first: $n) {
    rank
    views
    article {
      slug
      title
    }
  }
}
    `, {"hash":"sha256:1efc3ee6fc524958475d3de691035b31978f1a63dd2bf91c4395d44af478fc65"}) as unknown as TypedDocumentString<SqlArticlePageQuery, SqlArticlePageQueryVariables>;
/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArticlePage($slug: String = \"tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  article(slug: $slug) {\n    id\n    title\n    lead\n    publishedAt\n    publishedAtPrecision\n    url\n    body(format: HTML)\n    authors {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n      credit\n    }\n    people {\n      id\n      name\n      rank\n      title\n      slug\n    }\n    organisations {\n      id\n      name\n      shortName\n      slug\n    }\n    events {\n      id\n      name\n      slug\n      dateText\n    }\n    places {\n      id\n      name\n    }\n    views(window: WEEK)\n    related(first: 5) {\n      score\n      reasons\n      article {\n        id\n        title\n        url\n      }\n    }\n  }\n}": typeof types.ArticlePageDocument,
    "mutation CreateDraft($input: ArticleInput! = {title: \"Bản nháp: Hội nghị INTERPOL về tội phạm mạng tại Hà Nội\", lead: \"Bản nháp thử nghiệm từ trình khám phá API.\", body: \"<p>Thượng tướng Nguyễn Văn Long phát biểu tại Hội nghị.</p>\", category: \"tin-tuc\", tags: [\"toi-pham-mang\"], people: [\"nguyen-van-long\"]}) {\n  createArticle(input: $input) {\n    article {\n      id\n      slug\n      version\n      status\n    }\n  }\n}\n\nquery SuggestLinks($text: String! = \"Thượng tướng Nguyễn Văn Long cùng đại diện INTERPOL và UNODC dự Hội nghị tại Hà Nội.\") {\n  suggestLinks(text: $text) {\n    matched\n    start\n    end\n    entity {\n      ... on Person {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n        shortName\n      }\n      ... on Event {\n        id\n        name\n      }\n      ... on Place {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation UpdateArticle($id: ID!, $version: Int!, $input: ArticleInput! = {lead: \"Sapo đã sửa.\"}) {\n  updateArticle(id: $id, version: $version, input: $input) {\n    article {\n      id\n      slug\n      version\n      lead\n      updatedAt\n    }\n  }\n}\n\nmutation PublishArticle($id: ID!, $version: Int!, $at: DateTime) {\n  publishArticle(id: $id, version: $version, at: $at) {\n    article {\n      id\n      version\n      status\n      publishedAt\n      url\n    }\n  }\n}\n\nmutation WithdrawArticle($id: ID!, $version: Int!, $reason: String! = \"Thông tin cần kiểm chứng lại.\") {\n  withdrawArticle(id: $id, version: $version, reason: $reason) {\n    article {\n      id\n      version\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n}\n\nquery ArticleHistory($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    version\n    history(first: 20) {\n      nodes {\n        version\n        action\n        keyName\n        at\n        note\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!, $version: Int!) {\n  deleteArticle(id: $id, version: $version) {\n    deletedId\n  }\n}": typeof types.CreateDraftDocument,
    "query EventPage($slug: String = \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  event(slug: $slug) {\n    id\n    name\n    shortName\n    kind\n    startsAt\n    endsAt\n    dateText\n    attendeeCount\n    countryCount\n    place {\n      id\n      name\n    }\n    organisers {\n      id\n      name\n      shortName\n    }\n    participants {\n      id\n      name\n      shortName\n    }\n    subEvents {\n      id\n      name\n      dateText\n    }\n    articles(first: 10) {\n      nodes {\n        id\n        title\n        url\n      }\n    }\n  }\n}": typeof types.EventPageDocument,
    "query HomePage($first: Int = 10) {\n  latest(first: $first) {\n    id\n    slug\n    title\n    lead\n    url\n    publishedAt\n    category {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n    }\n  }\n  mostRead(window: WEEK, first: 5) {\n    rank\n    views\n    article {\n      id\n      title\n      url\n    }\n  }\n}": typeof types.HomePageDocument,
    "query MostReadThisWeek($first: Int = 10, $category: String) {\n  mostRead(window: WEEK, first: $first, category: $category) {\n    rank\n    views\n    countedAt\n    article {\n      id\n      title\n      url\n      publishedAt\n    }\n  }\n}": typeof types.MostReadThisWeekDocument,
    "query PersonPage($slug: String = \"nguyen-van-long\", $first: Int = 10, $after: String) {\n  person(slug: $slug) {\n    id\n    name\n    rank\n    title\n    positions {\n      title\n      organisation {\n        id\n        name\n        slug\n      }\n    }\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        url\n        publishedAt\n      }\n    }\n  }\n}": typeof types.PersonPageDocument,
    "query Search($query: String = \"toi pham mang\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    totalCount\n    edges {\n      score\n      highlights {\n        field\n        snippet\n      }\n      node {\n        __typename\n        ... on Article {\n          id\n          title\n          url\n        }\n        ... on Person {\n          id\n          name\n          slug\n        }\n        ... on Organisation {\n          id\n          name\n          slug\n        }\n        ... on Event {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}": typeof types.SearchDocument,
    "query AccessViewer { viewer { kind keyName keyPrefix scopes keyExpiresAt canSeeUnpublished costLimit pointsPerMinute } }": typeof types.AccessViewerDocument,
    "query AccessEveryPath($main: String!, $draft: String!, $scheduled: String!, $draftId: ID!) {\n  draft: article(slug: $draft) { slug status }\n  scheduled: article(slug: $scheduled) { slug status }\n  byId: article(id: $draftId) { slug }\n  node(id: $draftId) { id }\n  articles(first: 100, filter: { tag: \"toi-pham-mang\" }) { totalCount nodes { slug } }\n  latest(first: 100) { slug }\n  tag(slug: \"toi-pham-mang\") { articles(first: 100) { totalCount nodes { slug } } }\n  person(slug: \"nguyen-van-long\") { articles(first: 100) { totalCount nodes { slug } } }\n  search(query: \"ban nhap truy quet\", first: 100) { totalCount edges { node { ... on Article { slug } } } }\n  main: article(slug: $main) { related(first: 20) { article { slug } } }\n}": typeof types.AccessEveryPathDocument,
    "query AccessStates { articles(first: 100, filter: { status: [DRAFT] }) { nodes { slug status } } }": typeof types.AccessStatesDocument,
    "query ExamplesSeedId { latest(first: 1) { id } }": typeof types.ExamplesSeedIdDocument,
    "query HttpCounts { articles { totalCount } people { totalCount } organisations { totalCount } }": typeof types.HttpCountsDocument,
    "query PopularityArticleId($s: String) { article(slug: $s) { id } }": typeof types.PopularityArticleIdDocument,
    "query PopularityViewsById($id: ID!) { article(id: $id) { views } }": typeof types.PopularityViewsByIdDocument,
    "query PopularityViewsBySlug($slug: String!) { article(slug: $slug) { views } }": typeof types.PopularityViewsBySlugDocument,
    "query PopularityAllTime { mostRead(window: ALL_TIME, first: 100) { views } }": typeof types.PopularityAllTimeDocument,
    "query PopularityDayAndAll($id: ID!) { article(id: $id) { day: views(window: DAY) all: views } }": typeof types.PopularityDayAndAllDocument,
    "query PopularityWindows { article(slug: \"synthetic-article-5\") {\n      day: views(window: DAY) week: views(window: WEEK) month: views(window: MONTH) all: views(window: ALL_TIME) } }": typeof types.PopularityWindowsDocument,
    "query PopularityRankings {\n      week: mostRead(first: 3) { rank views article { slug } countedAt }\n      month: mostRead(window: MONTH, first: 2) { rank views article { slug } }\n      cat: mostRead(window: WEEK, category: \"synthetic-category\", first: 1) { article { slug } }\n      none: mostRead(category: \"tin-tuc\") { rank }\n    }": typeof types.PopularityRankingsDocument,
    "query PopularityPageViews($n: Int) { articles(first: $n) { nodes { slug week: views(window: WEEK) all: views } } }": typeof types.PopularityPageViewsDocument,
    "query PopularityCachedViews { articles(first: 3, filter: { category: \"counted-category\" }) { nodes { slug week: views(window: WEEK) all: views } } }": typeof types.PopularityCachedViewsDocument,
    "query ReadArticleBySlug($s: String) { article(slug: $s) { id slug } }": typeof types.ReadArticleBySlugDocument,
    "query ReadArticleAndNode($id: ID!) { article(id: $id) { slug } node(id: $id) { id ... on Article { title } } }": typeof types.ReadArticleAndNodeDocument,
    "query ReadNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.ReadNodeDocument,
    "query ReadOneOfEach {\n        person(slug: \"nguyen-van-long\") { id } organisation(slug: \"bo-cong-an\") { id }\n        event(slug: \"chien-dich-secure\") { id } place(slug: \"ha-noi\") { id }\n        category(slug: \"tin-tuc\") { id } tag(slug: \"toi-pham-mang\") { id }\n      }": typeof types.ReadOneOfEachDocument,
    "query ReadUnknownSlugs {\n        a: article(slug: \"khong-co\") { id } p: person(slug: \"khong-co\") { id } o: organisation(slug: \"khong-co\") { id }\n        e: event(slug: \"khong-co\") { id } d: article(slug: \"draft-article-0\") { id } s: article(slug: \"scheduled-article-0\") { id }\n      }": typeof types.ReadUnknownSlugsDocument,
    "query ReadDraftById($id: ID!) { node(id: $id) { id } article(id: $id) { id } }": typeof types.ReadDraftByIdDocument,
    "query ReadAllPages($after: String) { articles(first: 7, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }": typeof types.ReadAllPagesDocument,
    "query ReadPageOfThree($a: String) { articles(first: 3, after: $a) { pageInfo { endCursor } nodes { slug } } }": typeof types.ReadPageOfThreeDocument,
    "query ReadFilteredArticles($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount nodes { slug } } }": typeof types.ReadFilteredArticlesDocument,
    "query ReadOrders {\n        asc: articles(first: 2, orderBy: PUBLISHED_AT_ASC) { nodes { slug } }\n        upd: articles(first: 1, orderBy: UPDATED_AT_DESC) { nodes { updatedAt } }\n      }": typeof types.ReadOrdersDocument,
    "query ReadLatest { latest(first: 2, category: \"tin-tuc\") { slug } all: latest { slug } }": typeof types.ReadLatestDocument,
    "query ReadOtherConnections {\n        people(filter: { organisation: \"bo-cong-an\" }) { totalCount nodes { name } }\n        ranked: people(filter: { rank: \"Thượng tướng\" }) { nodes { name } }\n        units: organisations(filter: { parent: \"bo-cong-an\" }, first: 3) { totalCount nodes { slug } pageInfo { hasNextPage } }\n        provinces: places(filter: { kind: PROVINCE }) { totalCount }\n        tags(first: 2) { nodes { slug } }\n      }": typeof types.ReadOtherConnectionsDocument,
    "query ReadFilteredEvents($f: EventFilter) { events(filter: $f, first: 100) { nodes { slug } } }": typeof types.ReadFilteredEventsDocument,
    "query ReadNestedPages {\n        tag(slug: \"synthetic-tag-0\") { articles(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }\n        organisation(slug: \"bo-cong-an\") { articles { totalCount nodes { slug } } }\n      }": typeof types.ReadNestedPagesDocument,
    "query ReadTagPage($a: String) { tag(slug: \"synthetic-tag-0\") { articles(first: 4, after: $a) { nodes { slug } } } }": typeof types.ReadTagPageDocument,
    "query RelatedOf($s: String, $n: Int) { article(slug: $s) { related(first: $n) { score reasons article { slug } } } }": typeof types.RelatedOfDocument,
    "query SearchHits($q: String!, $first: Int, $after: String, $f: SearchFilter) {\n  search(query: $q, first: $first, after: $after, filter: $f) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor score highlights { field snippet }\n      node { __typename ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } }\n  }\n}": typeof types.SearchHitsDocument,
    "query SeedArticle($slug: String!) { article(slug: $slug) {\n        title lead language publishedAt publishedAtPrecision\n        category { slug name } authors { name }\n        text: body(format: TEXT) html: body\n        blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n        images { caption alt url credit }\n        tags { name }\n      } }": typeof types.SeedArticleDocument,
    "query SeedPeople {\n      long: person(slug: \"nguyen-van-long\") { name rank title positions { title organisation { name } from to } }\n      goh: person(slug: \"edmund-goh\") { name rank title positions { title organisation { name parent { shortName } funders { name } } } }\n      quang: person(slug: \"luong-tam-quang\") { name title articles { nodes { title } } }\n    }": typeof types.SeedPeopleDocument,
    "query SeedOrganisations {\n      bca: organisation(slug: \"bo-cong-an\") { name kind country { name } children { name aliases kind } }\n      office: organisation(slug: \"van-phong-co-quan-canh-sat-dieu-tra-bo-cong-an\") { aliases parent { name } events { slug } }\n      interpol: organisation(slug: \"to-chuc-canh-sat-hinh-su-quoc-te\") { shortName kind children { name } }\n      gfce: organisation(slug: \"dien-dan-toan-cau-ve-an-ninh-mang\") { shortName }\n      companies: organisations(filter: { kind: COMPANY }) { nodes { name } }\n    }": typeof types.SeedOrganisationsDocument,
    "query SeedEvents {\n      conf: event(slug: \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n        kind startsAt endsAt datePrecision place { name } attendeeCount countryCount\n        organisers { name } participants { name shortName }\n        subEvents { name kind startsAt datePrecision dateText parent { kind } }\n        articles { totalCount }\n      }\n      secure: event(slug: \"chien-dich-secure\") { kind shortName organisers { shortName } }\n      hanoi: event(slug: \"le-mo-ky-cong-uoc-ha-noi\") { kind shortName startsAt datePrecision place { name } }\n    }": typeof types.SeedEventsDocument,
    "query SeedHeadlines {\n      category(slug: \"tin-tuc\") { articles(first: 100) { totalCount nodes { title lead publishedAt authors { name } } } }\n    }": typeof types.SeedHeadlinesDocument,
    "query SeedSections { categories { slug name } }": typeof types.SeedSectionsDocument,
    "query SyntheticArticles($tag: String!) {\n          articles(first: 100, filter: { tag: $tag }) { totalCount nodes { slug title tags { slug } people { name } views } }\n          seedOnly: articles(first: 100) { totalCount }\n        }": typeof types.SyntheticArticlesDocument,
    "query SyntheticOldestFirst($tag: String!) { articles(first: 100, filter: { tag: $tag }, orderBy: PUBLISHED_AT_ASC) { nodes { slug views tags { slug } } } }": typeof types.SyntheticOldestFirstDocument,
    "query SqlArticlesPage($first: Int!) {\n  articles(first: $first, filter: { category: \"synthetic-category\" }) {\n    nodes {\n      title\n      authors { name } category { name } tags { name } images { caption }\n      people { name } organisations { name } events { name } places { name }\n    }\n  }\n}": typeof types.SqlArticlesPageDocument,
    "query SqlPeoplePage($first: Int!) {\n  people(first: $first) { nodes { name positions { title organisation { name } } articles(first: 3) { totalCount nodes { title tags { name } } } } }\n}": typeof types.SqlPeoplePageDocument,
    "query SqlArticlesWithBody($first: Int!) {\n  articles(first: $first) { totalCount nodes { body blocks { __typename ... on ImageBlock { image { caption } } } } }\n}": typeof types.SqlArticlesWithBodyDocument,
    "query SqlHomePage($n: Int!) {\n  latest(first: $n) {\n    slug title lead publishedAt url\n    authors { name } category { name slug } tags { name slug } images { url caption alt }\n    views(window: WEEK)\n    related(first: 3) { score article { slug title } }\n  }\n  mostRead(window: WEEK, first: 10) { rank views article { slug title } }\n}": typeof types.SqlHomePageDocument,
    "query SqlArticlePage($slug: String!, $n: Int!) {\n  article(slug: $slug) {\n    title lead publishedAt updatedAt url body\n    blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n    authors { name slug } category { name } tags { name } images { caption }\n    people { name rank title } organisations { name shortName } events { name startsAt } places { name }\n    views related(first: $n) { score reasons article { slug title publishedAt } }\n  }\n  mostRead(first: $n) { rank views article { slug title } }\n}": typeof types.SqlArticlePageDocument,
};
const documents: Documents = {
    "query ArticlePage($slug: String = \"tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  article(slug: $slug) {\n    id\n    title\n    lead\n    publishedAt\n    publishedAtPrecision\n    url\n    body(format: HTML)\n    authors {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n      credit\n    }\n    people {\n      id\n      name\n      rank\n      title\n      slug\n    }\n    organisations {\n      id\n      name\n      shortName\n      slug\n    }\n    events {\n      id\n      name\n      slug\n      dateText\n    }\n    places {\n      id\n      name\n    }\n    views(window: WEEK)\n    related(first: 5) {\n      score\n      reasons\n      article {\n        id\n        title\n        url\n      }\n    }\n  }\n}": types.ArticlePageDocument,
    "mutation CreateDraft($input: ArticleInput! = {title: \"Bản nháp: Hội nghị INTERPOL về tội phạm mạng tại Hà Nội\", lead: \"Bản nháp thử nghiệm từ trình khám phá API.\", body: \"<p>Thượng tướng Nguyễn Văn Long phát biểu tại Hội nghị.</p>\", category: \"tin-tuc\", tags: [\"toi-pham-mang\"], people: [\"nguyen-van-long\"]}) {\n  createArticle(input: $input) {\n    article {\n      id\n      slug\n      version\n      status\n    }\n  }\n}\n\nquery SuggestLinks($text: String! = \"Thượng tướng Nguyễn Văn Long cùng đại diện INTERPOL và UNODC dự Hội nghị tại Hà Nội.\") {\n  suggestLinks(text: $text) {\n    matched\n    start\n    end\n    entity {\n      ... on Person {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n        shortName\n      }\n      ... on Event {\n        id\n        name\n      }\n      ... on Place {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation UpdateArticle($id: ID!, $version: Int!, $input: ArticleInput! = {lead: \"Sapo đã sửa.\"}) {\n  updateArticle(id: $id, version: $version, input: $input) {\n    article {\n      id\n      slug\n      version\n      lead\n      updatedAt\n    }\n  }\n}\n\nmutation PublishArticle($id: ID!, $version: Int!, $at: DateTime) {\n  publishArticle(id: $id, version: $version, at: $at) {\n    article {\n      id\n      version\n      status\n      publishedAt\n      url\n    }\n  }\n}\n\nmutation WithdrawArticle($id: ID!, $version: Int!, $reason: String! = \"Thông tin cần kiểm chứng lại.\") {\n  withdrawArticle(id: $id, version: $version, reason: $reason) {\n    article {\n      id\n      version\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n}\n\nquery ArticleHistory($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    version\n    history(first: 20) {\n      nodes {\n        version\n        action\n        keyName\n        at\n        note\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!, $version: Int!) {\n  deleteArticle(id: $id, version: $version) {\n    deletedId\n  }\n}": types.CreateDraftDocument,
    "query EventPage($slug: String = \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  event(slug: $slug) {\n    id\n    name\n    shortName\n    kind\n    startsAt\n    endsAt\n    dateText\n    attendeeCount\n    countryCount\n    place {\n      id\n      name\n    }\n    organisers {\n      id\n      name\n      shortName\n    }\n    participants {\n      id\n      name\n      shortName\n    }\n    subEvents {\n      id\n      name\n      dateText\n    }\n    articles(first: 10) {\n      nodes {\n        id\n        title\n        url\n      }\n    }\n  }\n}": types.EventPageDocument,
    "query HomePage($first: Int = 10) {\n  latest(first: $first) {\n    id\n    slug\n    title\n    lead\n    url\n    publishedAt\n    category {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n    }\n  }\n  mostRead(window: WEEK, first: 5) {\n    rank\n    views\n    article {\n      id\n      title\n      url\n    }\n  }\n}": types.HomePageDocument,
    "query MostReadThisWeek($first: Int = 10, $category: String) {\n  mostRead(window: WEEK, first: $first, category: $category) {\n    rank\n    views\n    countedAt\n    article {\n      id\n      title\n      url\n      publishedAt\n    }\n  }\n}": types.MostReadThisWeekDocument,
    "query PersonPage($slug: String = \"nguyen-van-long\", $first: Int = 10, $after: String) {\n  person(slug: $slug) {\n    id\n    name\n    rank\n    title\n    positions {\n      title\n      organisation {\n        id\n        name\n        slug\n      }\n    }\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        url\n        publishedAt\n      }\n    }\n  }\n}": types.PersonPageDocument,
    "query Search($query: String = \"toi pham mang\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    totalCount\n    edges {\n      score\n      highlights {\n        field\n        snippet\n      }\n      node {\n        __typename\n        ... on Article {\n          id\n          title\n          url\n        }\n        ... on Person {\n          id\n          name\n          slug\n        }\n        ... on Organisation {\n          id\n          name\n          slug\n        }\n        ... on Event {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}": types.SearchDocument,
    "query AccessViewer { viewer { kind keyName keyPrefix scopes keyExpiresAt canSeeUnpublished costLimit pointsPerMinute } }": types.AccessViewerDocument,
    "query AccessEveryPath($main: String!, $draft: String!, $scheduled: String!, $draftId: ID!) {\n  draft: article(slug: $draft) { slug status }\n  scheduled: article(slug: $scheduled) { slug status }\n  byId: article(id: $draftId) { slug }\n  node(id: $draftId) { id }\n  articles(first: 100, filter: { tag: \"toi-pham-mang\" }) { totalCount nodes { slug } }\n  latest(first: 100) { slug }\n  tag(slug: \"toi-pham-mang\") { articles(first: 100) { totalCount nodes { slug } } }\n  person(slug: \"nguyen-van-long\") { articles(first: 100) { totalCount nodes { slug } } }\n  search(query: \"ban nhap truy quet\", first: 100) { totalCount edges { node { ... on Article { slug } } } }\n  main: article(slug: $main) { related(first: 20) { article { slug } } }\n}": types.AccessEveryPathDocument,
    "query AccessStates { articles(first: 100, filter: { status: [DRAFT] }) { nodes { slug status } } }": types.AccessStatesDocument,
    "query ExamplesSeedId { latest(first: 1) { id } }": types.ExamplesSeedIdDocument,
    "query HttpCounts { articles { totalCount } people { totalCount } organisations { totalCount } }": types.HttpCountsDocument,
    "query PopularityArticleId($s: String) { article(slug: $s) { id } }": types.PopularityArticleIdDocument,
    "query PopularityViewsById($id: ID!) { article(id: $id) { views } }": types.PopularityViewsByIdDocument,
    "query PopularityViewsBySlug($slug: String!) { article(slug: $slug) { views } }": types.PopularityViewsBySlugDocument,
    "query PopularityAllTime { mostRead(window: ALL_TIME, first: 100) { views } }": types.PopularityAllTimeDocument,
    "query PopularityDayAndAll($id: ID!) { article(id: $id) { day: views(window: DAY) all: views } }": types.PopularityDayAndAllDocument,
    "query PopularityWindows { article(slug: \"synthetic-article-5\") {\n      day: views(window: DAY) week: views(window: WEEK) month: views(window: MONTH) all: views(window: ALL_TIME) } }": types.PopularityWindowsDocument,
    "query PopularityRankings {\n      week: mostRead(first: 3) { rank views article { slug } countedAt }\n      month: mostRead(window: MONTH, first: 2) { rank views article { slug } }\n      cat: mostRead(window: WEEK, category: \"synthetic-category\", first: 1) { article { slug } }\n      none: mostRead(category: \"tin-tuc\") { rank }\n    }": types.PopularityRankingsDocument,
    "query PopularityPageViews($n: Int) { articles(first: $n) { nodes { slug week: views(window: WEEK) all: views } } }": types.PopularityPageViewsDocument,
    "query PopularityCachedViews { articles(first: 3, filter: { category: \"counted-category\" }) { nodes { slug week: views(window: WEEK) all: views } } }": types.PopularityCachedViewsDocument,
    "query ReadArticleBySlug($s: String) { article(slug: $s) { id slug } }": types.ReadArticleBySlugDocument,
    "query ReadArticleAndNode($id: ID!) { article(id: $id) { slug } node(id: $id) { id ... on Article { title } } }": types.ReadArticleAndNodeDocument,
    "query ReadNode($id: ID!) { node(id: $id) { __typename id } }": types.ReadNodeDocument,
    "query ReadOneOfEach {\n        person(slug: \"nguyen-van-long\") { id } organisation(slug: \"bo-cong-an\") { id }\n        event(slug: \"chien-dich-secure\") { id } place(slug: \"ha-noi\") { id }\n        category(slug: \"tin-tuc\") { id } tag(slug: \"toi-pham-mang\") { id }\n      }": types.ReadOneOfEachDocument,
    "query ReadUnknownSlugs {\n        a: article(slug: \"khong-co\") { id } p: person(slug: \"khong-co\") { id } o: organisation(slug: \"khong-co\") { id }\n        e: event(slug: \"khong-co\") { id } d: article(slug: \"draft-article-0\") { id } s: article(slug: \"scheduled-article-0\") { id }\n      }": types.ReadUnknownSlugsDocument,
    "query ReadDraftById($id: ID!) { node(id: $id) { id } article(id: $id) { id } }": types.ReadDraftByIdDocument,
    "query ReadAllPages($after: String) { articles(first: 7, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }": types.ReadAllPagesDocument,
    "query ReadPageOfThree($a: String) { articles(first: 3, after: $a) { pageInfo { endCursor } nodes { slug } } }": types.ReadPageOfThreeDocument,
    "query ReadFilteredArticles($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount nodes { slug } } }": types.ReadFilteredArticlesDocument,
    "query ReadOrders {\n        asc: articles(first: 2, orderBy: PUBLISHED_AT_ASC) { nodes { slug } }\n        upd: articles(first: 1, orderBy: UPDATED_AT_DESC) { nodes { updatedAt } }\n      }": types.ReadOrdersDocument,
    "query ReadLatest { latest(first: 2, category: \"tin-tuc\") { slug } all: latest { slug } }": types.ReadLatestDocument,
    "query ReadOtherConnections {\n        people(filter: { organisation: \"bo-cong-an\" }) { totalCount nodes { name } }\n        ranked: people(filter: { rank: \"Thượng tướng\" }) { nodes { name } }\n        units: organisations(filter: { parent: \"bo-cong-an\" }, first: 3) { totalCount nodes { slug } pageInfo { hasNextPage } }\n        provinces: places(filter: { kind: PROVINCE }) { totalCount }\n        tags(first: 2) { nodes { slug } }\n      }": types.ReadOtherConnectionsDocument,
    "query ReadFilteredEvents($f: EventFilter) { events(filter: $f, first: 100) { nodes { slug } } }": types.ReadFilteredEventsDocument,
    "query ReadNestedPages {\n        tag(slug: \"synthetic-tag-0\") { articles(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }\n        organisation(slug: \"bo-cong-an\") { articles { totalCount nodes { slug } } }\n      }": types.ReadNestedPagesDocument,
    "query ReadTagPage($a: String) { tag(slug: \"synthetic-tag-0\") { articles(first: 4, after: $a) { nodes { slug } } } }": types.ReadTagPageDocument,
    "query RelatedOf($s: String, $n: Int) { article(slug: $s) { related(first: $n) { score reasons article { slug } } } }": types.RelatedOfDocument,
    "query SearchHits($q: String!, $first: Int, $after: String, $f: SearchFilter) {\n  search(query: $q, first: $first, after: $after, filter: $f) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor score highlights { field snippet }\n      node { __typename ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } }\n  }\n}": types.SearchHitsDocument,
    "query SeedArticle($slug: String!) { article(slug: $slug) {\n        title lead language publishedAt publishedAtPrecision\n        category { slug name } authors { name }\n        text: body(format: TEXT) html: body\n        blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n        images { caption alt url credit }\n        tags { name }\n      } }": types.SeedArticleDocument,
    "query SeedPeople {\n      long: person(slug: \"nguyen-van-long\") { name rank title positions { title organisation { name } from to } }\n      goh: person(slug: \"edmund-goh\") { name rank title positions { title organisation { name parent { shortName } funders { name } } } }\n      quang: person(slug: \"luong-tam-quang\") { name title articles { nodes { title } } }\n    }": types.SeedPeopleDocument,
    "query SeedOrganisations {\n      bca: organisation(slug: \"bo-cong-an\") { name kind country { name } children { name aliases kind } }\n      office: organisation(slug: \"van-phong-co-quan-canh-sat-dieu-tra-bo-cong-an\") { aliases parent { name } events { slug } }\n      interpol: organisation(slug: \"to-chuc-canh-sat-hinh-su-quoc-te\") { shortName kind children { name } }\n      gfce: organisation(slug: \"dien-dan-toan-cau-ve-an-ninh-mang\") { shortName }\n      companies: organisations(filter: { kind: COMPANY }) { nodes { name } }\n    }": types.SeedOrganisationsDocument,
    "query SeedEvents {\n      conf: event(slug: \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n        kind startsAt endsAt datePrecision place { name } attendeeCount countryCount\n        organisers { name } participants { name shortName }\n        subEvents { name kind startsAt datePrecision dateText parent { kind } }\n        articles { totalCount }\n      }\n      secure: event(slug: \"chien-dich-secure\") { kind shortName organisers { shortName } }\n      hanoi: event(slug: \"le-mo-ky-cong-uoc-ha-noi\") { kind shortName startsAt datePrecision place { name } }\n    }": types.SeedEventsDocument,
    "query SeedHeadlines {\n      category(slug: \"tin-tuc\") { articles(first: 100) { totalCount nodes { title lead publishedAt authors { name } } } }\n    }": types.SeedHeadlinesDocument,
    "query SeedSections { categories { slug name } }": types.SeedSectionsDocument,
    "query SyntheticArticles($tag: String!) {\n          articles(first: 100, filter: { tag: $tag }) { totalCount nodes { slug title tags { slug } people { name } views } }\n          seedOnly: articles(first: 100) { totalCount }\n        }": types.SyntheticArticlesDocument,
    "query SyntheticOldestFirst($tag: String!) { articles(first: 100, filter: { tag: $tag }, orderBy: PUBLISHED_AT_ASC) { nodes { slug views tags { slug } } } }": types.SyntheticOldestFirstDocument,
    "query SqlArticlesPage($first: Int!) {\n  articles(first: $first, filter: { category: \"synthetic-category\" }) {\n    nodes {\n      title\n      authors { name } category { name } tags { name } images { caption }\n      people { name } organisations { name } events { name } places { name }\n    }\n  }\n}": types.SqlArticlesPageDocument,
    "query SqlPeoplePage($first: Int!) {\n  people(first: $first) { nodes { name positions { title organisation { name } } articles(first: 3) { totalCount nodes { title tags { name } } } } }\n}": types.SqlPeoplePageDocument,
    "query SqlArticlesWithBody($first: Int!) {\n  articles(first: $first) { totalCount nodes { body blocks { __typename ... on ImageBlock { image { caption } } } } }\n}": types.SqlArticlesWithBodyDocument,
    "query SqlHomePage($n: Int!) {\n  latest(first: $n) {\n    slug title lead publishedAt url\n    authors { name } category { name slug } tags { name slug } images { url caption alt }\n    views(window: WEEK)\n    related(first: 3) { score article { slug title } }\n  }\n  mostRead(window: WEEK, first: 10) { rank views article { slug title } }\n}": types.SqlHomePageDocument,
    "query SqlArticlePage($slug: String!, $n: Int!) {\n  article(slug: $slug) {\n    title lead publishedAt updatedAt url body\n    blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n    authors { name slug } category { name } tags { name } images { caption }\n    people { name rank title } organisations { name shortName } events { name startsAt } places { name }\n    views related(first: $n) { score reasons article { slug title publishedAt } }\n  }\n  mostRead(first: $n) { rank views article { slug title } }\n}": types.SqlArticlePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticlePage($slug: String = \"tang-cuong-hop-tac-quoc-te-phong-chong-toi-pham-mang-tai-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  article(slug: $slug) {\n    id\n    title\n    lead\n    publishedAt\n    publishedAtPrecision\n    url\n    body(format: HTML)\n    authors {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n      credit\n    }\n    people {\n      id\n      name\n      rank\n      title\n      slug\n    }\n    organisations {\n      id\n      name\n      shortName\n      slug\n    }\n    events {\n      id\n      name\n      slug\n      dateText\n    }\n    places {\n      id\n      name\n    }\n    views(window: WEEK)\n    related(first: 5) {\n      score\n      reasons\n      article {\n        id\n        title\n        url\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ArticlePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDraft($input: ArticleInput! = {title: \"Bản nháp: Hội nghị INTERPOL về tội phạm mạng tại Hà Nội\", lead: \"Bản nháp thử nghiệm từ trình khám phá API.\", body: \"<p>Thượng tướng Nguyễn Văn Long phát biểu tại Hội nghị.</p>\", category: \"tin-tuc\", tags: [\"toi-pham-mang\"], people: [\"nguyen-van-long\"]}) {\n  createArticle(input: $input) {\n    article {\n      id\n      slug\n      version\n      status\n    }\n  }\n}\n\nquery SuggestLinks($text: String! = \"Thượng tướng Nguyễn Văn Long cùng đại diện INTERPOL và UNODC dự Hội nghị tại Hà Nội.\") {\n  suggestLinks(text: $text) {\n    matched\n    start\n    end\n    entity {\n      ... on Person {\n        id\n        name\n      }\n      ... on Organisation {\n        id\n        name\n        shortName\n      }\n      ... on Event {\n        id\n        name\n      }\n      ... on Place {\n        id\n        name\n      }\n    }\n  }\n}\n\nmutation UpdateArticle($id: ID!, $version: Int!, $input: ArticleInput! = {lead: \"Sapo đã sửa.\"}) {\n  updateArticle(id: $id, version: $version, input: $input) {\n    article {\n      id\n      slug\n      version\n      lead\n      updatedAt\n    }\n  }\n}\n\nmutation PublishArticle($id: ID!, $version: Int!, $at: DateTime) {\n  publishArticle(id: $id, version: $version, at: $at) {\n    article {\n      id\n      version\n      status\n      publishedAt\n      url\n    }\n  }\n}\n\nmutation WithdrawArticle($id: ID!, $version: Int!, $reason: String! = \"Thông tin cần kiểm chứng lại.\") {\n  withdrawArticle(id: $id, version: $version, reason: $reason) {\n    article {\n      id\n      version\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n}\n\nquery ArticleHistory($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    version\n    history(first: 20) {\n      nodes {\n        version\n        action\n        keyName\n        at\n        note\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n}\n\nmutation DeleteArticle($id: ID!, $version: Int!) {\n  deleteArticle(id: $id, version: $version) {\n    deletedId\n  }\n}"): typeof import('./graphql.js').CreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventPage($slug: String = \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n  event(slug: $slug) {\n    id\n    name\n    shortName\n    kind\n    startsAt\n    endsAt\n    dateText\n    attendeeCount\n    countryCount\n    place {\n      id\n      name\n    }\n    organisers {\n      id\n      name\n      shortName\n    }\n    participants {\n      id\n      name\n      shortName\n    }\n    subEvents {\n      id\n      name\n      dateText\n    }\n    articles(first: 10) {\n      nodes {\n        id\n        title\n        url\n      }\n    }\n  }\n}"): typeof import('./graphql.js').EventPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage($first: Int = 10) {\n  latest(first: $first) {\n    id\n    slug\n    title\n    lead\n    url\n    publishedAt\n    category {\n      id\n      name\n      slug\n    }\n    images {\n      url\n      caption\n    }\n  }\n  mostRead(window: WEEK, first: 5) {\n    rank\n    views\n    article {\n      id\n      title\n      url\n    }\n  }\n}"): typeof import('./graphql.js').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MostReadThisWeek($first: Int = 10, $category: String) {\n  mostRead(window: WEEK, first: $first, category: $category) {\n    rank\n    views\n    countedAt\n    article {\n      id\n      title\n      url\n      publishedAt\n    }\n  }\n}"): typeof import('./graphql.js').MostReadThisWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonPage($slug: String = \"nguyen-van-long\", $first: Int = 10, $after: String) {\n  person(slug: $slug) {\n    id\n    name\n    rank\n    title\n    positions {\n      title\n      organisation {\n        id\n        name\n        slug\n      }\n    }\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        url\n        publishedAt\n      }\n    }\n  }\n}"): typeof import('./graphql.js').PersonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String = \"toi pham mang\", $first: Int = 10) {\n  search(query: $query, first: $first) {\n    totalCount\n    edges {\n      score\n      highlights {\n        field\n        snippet\n      }\n      node {\n        __typename\n        ... on Article {\n          id\n          title\n          url\n        }\n        ... on Person {\n          id\n          name\n          slug\n        }\n        ... on Organisation {\n          id\n          name\n          slug\n        }\n        ... on Event {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessViewer { viewer { kind keyName keyPrefix scopes keyExpiresAt canSeeUnpublished costLimit pointsPerMinute } }"): typeof import('./graphql.js').AccessViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessEveryPath($main: String!, $draft: String!, $scheduled: String!, $draftId: ID!) {\n  draft: article(slug: $draft) { slug status }\n  scheduled: article(slug: $scheduled) { slug status }\n  byId: article(id: $draftId) { slug }\n  node(id: $draftId) { id }\n  articles(first: 100, filter: { tag: \"toi-pham-mang\" }) { totalCount nodes { slug } }\n  latest(first: 100) { slug }\n  tag(slug: \"toi-pham-mang\") { articles(first: 100) { totalCount nodes { slug } } }\n  person(slug: \"nguyen-van-long\") { articles(first: 100) { totalCount nodes { slug } } }\n  search(query: \"ban nhap truy quet\", first: 100) { totalCount edges { node { ... on Article { slug } } } }\n  main: article(slug: $main) { related(first: 20) { article { slug } } }\n}"): typeof import('./graphql.js').AccessEveryPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessStates { articles(first: 100, filter: { status: [DRAFT] }) { nodes { slug status } } }"): typeof import('./graphql.js').AccessStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExamplesSeedId { latest(first: 1) { id } }"): typeof import('./graphql.js').ExamplesSeedIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpCounts { articles { totalCount } people { totalCount } organisations { totalCount } }"): typeof import('./graphql.js').HttpCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityArticleId($s: String) { article(slug: $s) { id } }"): typeof import('./graphql.js').PopularityArticleIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityViewsById($id: ID!) { article(id: $id) { views } }"): typeof import('./graphql.js').PopularityViewsByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityViewsBySlug($slug: String!) { article(slug: $slug) { views } }"): typeof import('./graphql.js').PopularityViewsBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityAllTime { mostRead(window: ALL_TIME, first: 100) { views } }"): typeof import('./graphql.js').PopularityAllTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityDayAndAll($id: ID!) { article(id: $id) { day: views(window: DAY) all: views } }"): typeof import('./graphql.js').PopularityDayAndAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityWindows { article(slug: \"synthetic-article-5\") {\n      day: views(window: DAY) week: views(window: WEEK) month: views(window: MONTH) all: views(window: ALL_TIME) } }"): typeof import('./graphql.js').PopularityWindowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityRankings {\n      week: mostRead(first: 3) { rank views article { slug } countedAt }\n      month: mostRead(window: MONTH, first: 2) { rank views article { slug } }\n      cat: mostRead(window: WEEK, category: \"synthetic-category\", first: 1) { article { slug } }\n      none: mostRead(category: \"tin-tuc\") { rank }\n    }"): typeof import('./graphql.js').PopularityRankingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityPageViews($n: Int) { articles(first: $n) { nodes { slug week: views(window: WEEK) all: views } } }"): typeof import('./graphql.js').PopularityPageViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PopularityCachedViews { articles(first: 3, filter: { category: \"counted-category\" }) { nodes { slug week: views(window: WEEK) all: views } } }"): typeof import('./graphql.js').PopularityCachedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadArticleBySlug($s: String) { article(slug: $s) { id slug } }"): typeof import('./graphql.js').ReadArticleBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadArticleAndNode($id: ID!) { article(id: $id) { slug } node(id: $id) { id ... on Article { title } } }"): typeof import('./graphql.js').ReadArticleAndNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadNode($id: ID!) { node(id: $id) { __typename id } }"): typeof import('./graphql.js').ReadNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadOneOfEach {\n        person(slug: \"nguyen-van-long\") { id } organisation(slug: \"bo-cong-an\") { id }\n        event(slug: \"chien-dich-secure\") { id } place(slug: \"ha-noi\") { id }\n        category(slug: \"tin-tuc\") { id } tag(slug: \"toi-pham-mang\") { id }\n      }"): typeof import('./graphql.js').ReadOneOfEachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadUnknownSlugs {\n        a: article(slug: \"khong-co\") { id } p: person(slug: \"khong-co\") { id } o: organisation(slug: \"khong-co\") { id }\n        e: event(slug: \"khong-co\") { id } d: article(slug: \"draft-article-0\") { id } s: article(slug: \"scheduled-article-0\") { id }\n      }"): typeof import('./graphql.js').ReadUnknownSlugsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadDraftById($id: ID!) { node(id: $id) { id } article(id: $id) { id } }"): typeof import('./graphql.js').ReadDraftByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadAllPages($after: String) { articles(first: 7, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }"): typeof import('./graphql.js').ReadAllPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPageOfThree($a: String) { articles(first: 3, after: $a) { pageInfo { endCursor } nodes { slug } } }"): typeof import('./graphql.js').ReadPageOfThreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadFilteredArticles($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount nodes { slug } } }"): typeof import('./graphql.js').ReadFilteredArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadOrders {\n        asc: articles(first: 2, orderBy: PUBLISHED_AT_ASC) { nodes { slug } }\n        upd: articles(first: 1, orderBy: UPDATED_AT_DESC) { nodes { updatedAt } }\n      }"): typeof import('./graphql.js').ReadOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadLatest { latest(first: 2, category: \"tin-tuc\") { slug } all: latest { slug } }"): typeof import('./graphql.js').ReadLatestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadOtherConnections {\n        people(filter: { organisation: \"bo-cong-an\" }) { totalCount nodes { name } }\n        ranked: people(filter: { rank: \"Thượng tướng\" }) { nodes { name } }\n        units: organisations(filter: { parent: \"bo-cong-an\" }, first: 3) { totalCount nodes { slug } pageInfo { hasNextPage } }\n        provinces: places(filter: { kind: PROVINCE }) { totalCount }\n        tags(first: 2) { nodes { slug } }\n      }"): typeof import('./graphql.js').ReadOtherConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadFilteredEvents($f: EventFilter) { events(filter: $f, first: 100) { nodes { slug } } }"): typeof import('./graphql.js').ReadFilteredEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadNestedPages {\n        tag(slug: \"synthetic-tag-0\") { articles(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }\n        organisation(slug: \"bo-cong-an\") { articles { totalCount nodes { slug } } }\n      }"): typeof import('./graphql.js').ReadNestedPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadTagPage($a: String) { tag(slug: \"synthetic-tag-0\") { articles(first: 4, after: $a) { nodes { slug } } } }"): typeof import('./graphql.js').ReadTagPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelatedOf($s: String, $n: Int) { article(slug: $s) { related(first: $n) { score reasons article { slug } } } }"): typeof import('./graphql.js').RelatedOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchHits($q: String!, $first: Int, $after: String, $f: SearchFilter) {\n  search(query: $q, first: $first, after: $after, filter: $f) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor score highlights { field snippet }\n      node { __typename ... on Article { label: title } ... on Person { label: name } ... on Organisation { label: name } ... on Event { label: name } } }\n  }\n}"): typeof import('./graphql.js').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedArticle($slug: String!) { article(slug: $slug) {\n        title lead language publishedAt publishedAtPrecision\n        category { slug name } authors { name }\n        text: body(format: TEXT) html: body\n        blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n        images { caption alt url credit }\n        tags { name }\n      } }"): typeof import('./graphql.js').SeedArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPeople {\n      long: person(slug: \"nguyen-van-long\") { name rank title positions { title organisation { name } from to } }\n      goh: person(slug: \"edmund-goh\") { name rank title positions { title organisation { name parent { shortName } funders { name } } } }\n      quang: person(slug: \"luong-tam-quang\") { name title articles { nodes { title } } }\n    }"): typeof import('./graphql.js').SeedPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedOrganisations {\n      bca: organisation(slug: \"bo-cong-an\") { name kind country { name } children { name aliases kind } }\n      office: organisation(slug: \"van-phong-co-quan-canh-sat-dieu-tra-bo-cong-an\") { aliases parent { name } events { slug } }\n      interpol: organisation(slug: \"to-chuc-canh-sat-hinh-su-quoc-te\") { shortName kind children { name } }\n      gfce: organisation(slug: \"dien-dan-toan-cau-ve-an-ninh-mang\") { shortName }\n      companies: organisations(filter: { kind: COMPANY }) { nodes { name } }\n    }"): typeof import('./graphql.js').SeedOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedEvents {\n      conf: event(slug: \"hoi-nghi-lan-thu-2-nhom-cong-tac-ve-toi-pham-mang-khu-vuc-chau-a-va-nam-thai-binh-duong\") {\n        kind startsAt endsAt datePrecision place { name } attendeeCount countryCount\n        organisers { name } participants { name shortName }\n        subEvents { name kind startsAt datePrecision dateText parent { kind } }\n        articles { totalCount }\n      }\n      secure: event(slug: \"chien-dich-secure\") { kind shortName organisers { shortName } }\n      hanoi: event(slug: \"le-mo-ky-cong-uoc-ha-noi\") { kind shortName startsAt datePrecision place { name } }\n    }"): typeof import('./graphql.js').SeedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedHeadlines {\n      category(slug: \"tin-tuc\") { articles(first: 100) { totalCount nodes { title lead publishedAt authors { name } } } }\n    }"): typeof import('./graphql.js').SeedHeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedSections { categories { slug name } }"): typeof import('./graphql.js').SeedSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticArticles($tag: String!) {\n          articles(first: 100, filter: { tag: $tag }) { totalCount nodes { slug title tags { slug } people { name } views } }\n          seedOnly: articles(first: 100) { totalCount }\n        }"): typeof import('./graphql.js').SyntheticArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticOldestFirst($tag: String!) { articles(first: 100, filter: { tag: $tag }, orderBy: PUBLISHED_AT_ASC) { nodes { slug views tags { slug } } } }"): typeof import('./graphql.js').SyntheticOldestFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlArticlesPage($first: Int!) {\n  articles(first: $first, filter: { category: \"synthetic-category\" }) {\n    nodes {\n      title\n      authors { name } category { name } tags { name } images { caption }\n      people { name } organisations { name } events { name } places { name }\n    }\n  }\n}"): typeof import('./graphql.js').SqlArticlesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlPeoplePage($first: Int!) {\n  people(first: $first) { nodes { name positions { title organisation { name } } articles(first: 3) { totalCount nodes { title tags { name } } } } }\n}"): typeof import('./graphql.js').SqlPeoplePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlArticlesWithBody($first: Int!) {\n  articles(first: $first) { totalCount nodes { body blocks { __typename ... on ImageBlock { image { caption } } } } }\n}"): typeof import('./graphql.js').SqlArticlesWithBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlHomePage($n: Int!) {\n  latest(first: $n) {\n    slug title lead publishedAt url\n    authors { name } category { name slug } tags { name slug } images { url caption alt }\n    views(window: WEEK)\n    related(first: 3) { score article { slug title } }\n  }\n  mostRead(window: WEEK, first: 10) { rank views article { slug title } }\n}"): typeof import('./graphql.js').SqlHomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlArticlePage($slug: String!, $n: Int!) {\n  article(slug: $slug) {\n    title lead publishedAt updatedAt url body\n    blocks { __typename ... on ParagraphBlock { text } ... on ImageBlock { image { caption alt url } } }\n    authors { name slug } category { name } tags { name } images { caption }\n    people { name rank title } organisations { name shortName } events { name startsAt } places { name }\n    views related(first: $n) { score reasons article { slug title publishedAt } }\n  }\n  mostRead(first: $n) { rank views article { slug title } }\n}"): typeof import('./graphql.js').SqlArticlePageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

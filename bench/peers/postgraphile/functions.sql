-- PostGraphile peer: the same rules as Bantin's, as SQL functions (computed columns and root
-- queries). Created only in benchmark databases.
create or replace function bench_is_public(a article) returns boolean as $$
  select a.status = 'PUBLISHED' and (a.published_at is null or a.published_at <= now())
$$ language sql stable;

create or replace function bench_portal_today() returns date as $$
  select (now() at time zone 'Asia/Ho_Chi_Minh')::date
$$ language sql stable;

-- Query.latestArticles(n): newest first, undated last.
create or replace function latest_articles(n int) returns setof article as $$
  select a.* from article a where bench_is_public(a)
  order by (a.published_at is null), a.published_at desc, a.id desc limit n
$$ language sql stable;

-- Article.viewsWeek / Article.viewsAll
create or replace function article_views_week(a article) returns bigint as $$
  select coalesce(sum(views), 0) from article_view_day where article_id = a.id and day >= bench_portal_today() - 6
$$ language sql stable;
create or replace function article_views_all(a article) returns bigint as $$
  select coalesce(sum(views), 0) from article_view_day where article_id = a.id
$$ language sql stable;

-- Query.mostReadWeek(n)
create or replace function most_read_week(n int) returns setof article as $$
  select a.* from (
    select article_id, sum(views) as total from article_view_day where day >= bench_portal_today() - 6 group by article_id
  ) s join article a on a.id = s.article_id
  where bench_is_public(a)
  order by s.total desc, a.id desc limit n
$$ language sql stable;

-- Person.articles(n): written or mentioned, newest first.
create or replace function person_articles(p person, n int) returns setof article as $$
  select a.* from article a
  where a.id in (select article_id from article_authors where person_id = p.id union select article_id from article_people where person_id = p.id)
    and bench_is_public(a)
  order by (a.published_at is null), a.published_at desc, a.id desc limit n
$$ language sql stable;

-- Article.related(n): Bantin's scoring — pins first; then shared event 5, person 3,
-- organisation 2, tag 2, place 1 (the 20 newest articles per shared link), same section +1,
-- closeness in time + 1/(1 + days/7).
create or replace function article_related(a article, n int) returns setof article as $$
  with pins as (
    select x.id, p.position as pos, p.id as pin_id from article_related_pin p join article x on x.id = p.related_id
    where p.article_id = a.id and bench_is_public(x)
  ),
  hits as (
    select c.article_id as cand, 5 as w from article_events s cross join lateral (select x.article_id from article_events x where x.event_id = s.event_id and x.article_id <> s.article_id order by x.article_id desc limit 20) c where s.article_id = a.id
    union all
    select c.article_id, 3 from article_people s cross join lateral (select x.article_id from article_people x where x.person_id = s.person_id and x.article_id <> s.article_id order by x.article_id desc limit 20) c where s.article_id = a.id
    union all
    select c.article_id, 2 from article_organisations s cross join lateral (select x.article_id from article_organisations x where x.organisation_id = s.organisation_id and x.article_id <> s.article_id order by x.article_id desc limit 20) c where s.article_id = a.id
    union all
    select c.article_id, 2 from article_tags s cross join lateral (select x.article_id from article_tags x where x.tag_id = s.tag_id and x.article_id <> s.article_id order by x.article_id desc limit 20) c where s.article_id = a.id
    union all
    select c.article_id, 1 from article_places s cross join lateral (select x.article_id from article_places x where x.place_id = s.place_id and x.article_id <> s.article_id order by x.article_id desc limit 20) c where s.article_id = a.id
  ),
  scored as (
    select x.*, sum(h.w) + (case when x.category_id = a.category_id then 1 else 0 end) as base
    from hits h join article x on x.id = h.cand
    where bench_is_public(x)
    group by x.id
  ),
  ranked as (
    select s.*, row_number() over (order by s.base desc, (s.published_at is null), s.published_at desc, s.id desc) as rn,
      round((s.base + case when s.published_at is not null and a.published_at is not null
        then 1.0 / (1 + round(abs(extract(epoch from s.published_at - a.published_at)) / 86400) / 7) else 0 end)::numeric, 3) as score
    from scored s
  ),
  auto as (
    select * from ranked where rn <= n * 2 + 10 and id not in (select id from pins)
  )
  select x.* from (
    select p.id as aid, 0 as grp, p.pos::numeric as k1, 0::numeric as k2, p.pin_id as k3 from pins p
    union all
    select r.id, 1, -r.score, r.rn, 0 from auto r
  ) u join article x on x.id = u.aid
  order by u.grp, u.k1, u.k2, u.k3 limit n
$$ language sql stable;

-- View counting for the ingest comparison: one upsert (one transaction) per view.
create or replace function record_view(article_id int) returns boolean as $$
  insert into article_view_day (article_id, day, views) values (article_id, bench_portal_today(), 1)
  on conflict (article_id, day) do update set views = article_view_day.views + 1
  returning true
$$ language sql volatile;

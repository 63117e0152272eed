-- Checks that the benchmark data is consistent the way the application keeps it: every counter equals
-- the rows behind it, threads are well-formed, nothing is duplicated. Prints one row per check and
-- stops with an error (exit code 3 under ON_ERROR_STOP) when any check fails.
--
--   psql -h 127.0.0.1 -U postgres -d stadtdialog_bench -f bench/check.sql

\set ON_ERROR_STOP on

create temp table bench_check (name text primary key, bad bigint not null);

insert into bench_check
select 'idea.supports = ratings with rating 1', count(*)
from idea i left join (select idea_id, count(*) as n from idea_rating where rating = 1 group by idea_id) r
    on r.idea_id = i.id
where i.supports <> coalesce(r.n, 0);

insert into bench_check
select 'idea.opposes = ratings with rating -1', count(*)
from idea i left join (select idea_id, count(*) as n from idea_rating where rating = -1 group by idea_id) r
    on r.idea_id = i.id
where i.opposes <> coalesce(r.n, 0);

insert into bench_check
select 'idea.comments = published comments', count(*)
from idea i left join (select idea_id, count(*) as n from idea_comment where visibility = 'PUBLISHED'
                       group by idea_id) c on c.idea_id = i.id
where i.comments <> coalesce(c.n, 0);

insert into bench_check
select 'idea.votes = votes', count(*)
from idea i left join (select idea_id, count(*) as n from idea_vote group by idea_id) v on v.idea_id = i.id
where i.votes <> coalesce(v.n, 0);

insert into bench_check
select 'idea.search_text = lower(title || '' '' || body)', count(*)
from idea where search_text <> lower(title || ' ' || body);

insert into bench_check
select 'ratings are +1 or -1', count(*) from idea_rating where rating not in (1, -1);

insert into bench_check
select 'no duplicate rating per idea and person', count(*)
from (select idea_id, account_id from idea_rating group by idea_id, account_id having count(*) > 1) d;

insert into bench_check
select 'rating after its idea', count(*)
from idea_rating r join idea i on i.id = r.idea_id where r.created_at < i.created_at;

insert into bench_check
select 'top-level comments have no root and no parent', count(*)
from idea_comment where depth = 0 and (root_id is not null or parent_id is not null);

insert into bench_check
select 'replies: depth = parent depth + 1, root = the parent''s thread, same idea, after the parent', count(*)
from idea_comment c join idea_comment p on p.id = c.parent_id
where c.depth <> p.depth + 1 or c.root_id is distinct from coalesce(p.root_id, p.id) or c.idea_id <> p.idea_id
   or c.created_at < p.created_at;

insert into bench_check
select 'replies have a parent and depth 1 or 2', count(*)
from idea_comment where depth > 0 and (parent_id is null or root_id is null or depth > 2);

insert into bench_check
select 'roots of replies are top-level comments of the same idea', count(*)
from idea_comment c join idea_comment r on r.id = c.root_id where r.depth <> 0 or r.idea_id <> c.idea_id;

insert into bench_check
select 'comment.score = ups - downs', count(*) from idea_comment where score <> ups - downs;

insert into bench_check
select 'comment ups and downs = comment ratings', count(*)
from idea_comment c left join (select comment_id, count(*) filter (where rating = 1) as ups,
                                      count(*) filter (where rating = -1) as downs
                               from idea_comment_rating group by comment_id) r on r.comment_id = c.id
where c.ups <> coalesce(r.ups, 0) or c.downs <> coalesce(r.downs, 0);

insert into bench_check
select 'participants = distinct authors, supporters and commenters per project', count(*)
from ((select project_id, account_id from idea_participant
       except
       (select project_id, author_id from idea where author_id is not null
        union select i.project_id, r.account_id from idea_rating r join idea i on i.id = r.idea_id
        union select i.project_id, c.author_id from idea_comment c join idea i on i.id = c.idea_id
              where c.author_id is not null))
      union all
      ((select project_id, author_id from idea where author_id is not null
        union select i.project_id, r.account_id from idea_rating r join idea i on i.id = r.idea_id
        union select i.project_id, c.author_id from idea_comment c join idea i on i.id = c.idea_id
              where c.author_id is not null)
       except
       select project_id, account_id from idea_participant)) d;

insert into bench_check
select 'ideas of the big project lie in its box or have no location', count(*)
from idea i join project p on p.id = i.project_id
where p.slug = 'ideenkarte-gross'
  and ((lat is null) <> (lon is null) or lat not between 49.40 and 49.48 or lon not between 7.70 and 7.84);

insert into bench_check
select 'categories and statuses of an idea belong to its project', count(*)
from idea i left join idea_category c on c.id = i.category_id left join idea_status s on s.id = i.status_id
where (c.id is not null and c.project_id <> i.project_id) or (s.id is not null and s.project_id <> i.project_id);

insert into bench_check
select 'identity sequences are past the highest id', count(*)
from (values ('account'), ('project'), ('phase'), ('idea'), ('idea_comment'), ('idea_category'), ('idea_status')) t(name)
where (xpath('/row/max/text()', query_to_xml(format('select coalesce(max(id), 0) as max from %I', t.name), false,
       true, '')))[1]::text::bigint
      > (xpath('/row/last_value/text()', query_to_xml(format('select last_value from %s',
       pg_get_serial_sequence(t.name, 'id')), false, true, '')))[1]::text::bigint;

select name as check, case when bad = 0 then 'ok' else bad || ' wrong' end as result from bench_check order by name;

do $$
begin
    if exists (select 1 from bench_check where bad <> 0) then
        raise exception 'The benchmark data is inconsistent: see the checks above';
    end if;
end $$;

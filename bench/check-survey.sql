-- Checks the survey of bench/generate-survey.sql the way the application would have stored it: every
-- answer fits its question (no choice outside the options, numbers in range, the right column for
-- the type), conditions and required questions hold, one response per account, and the answer counts
-- per question are plausible. Prints a summary per question, then one row per check, and stops with
-- an error (exit code 3 under ON_ERROR_STOP) when any check fails.
--
--   psql -h 127.0.0.1 -U postgres -d stadtdialog_bench -f bench/check-survey.sql

\set ON_ERROR_STOP on

select ph.id as phase_id from phase ph join project p on p.id = ph.project_id
where p.slug = 'umfrage-gross' and ph.format_key = 'survey' \gset

create temp table q as
select q.*, coalesce(cardinality(array_remove(array(select trim(o) from regexp_split_to_table(q.options, E'\r?\n') o),
                                                  '')), 0) as option_count
from survey_question q where q.phase_id = :phase_id;

-- Its responses, and their answers (those to its questions: the third check proves they are the same).
create temp view r as select * from survey_response where phase_id = :phase_id;
create temp view a as select x.* from survey_answer x where x.question_id in (select id from q);
analyze q;
set work_mem = '256MB';

-- Per question: how many responses answered it, the share, and the rows (several per response for
-- multiple choice).
select q.position as "#", q.type, q.required, q.condition_question_id is not null as conditional,
       count(distinct a.response_id) as answered,
       round(100.0 * count(distinct a.response_id) / (select count(*) from r), 1) as "answered %",
       count(a.*) as rows, min(coalesce(a.choice, a.number_value)) as min, max(coalesce(a.choice, a.number_value)) as max
from q left join a on a.question_id = q.id
group by q.position, q.type, q.required, q.condition_question_id
order by q.position;

-- Per option of every choice question: its share of those who answered.
select q.position as "#", a.choice, count(*) as chosen,
       round(100.0 * count(*) / sum(count(*)) over (partition by q.position), 1) as "% of rows"
from q join a on a.question_id = q.id
where q.type in ('SINGLE', 'MULTIPLE', 'DROPDOWN', 'YES_NO')
group by q.position, a.choice
order by q.position, a.choice;

create temp table survey_check (name text primary key, bad bigint not null);

insert into survey_check
select 'the survey is LIVE with 13 questions, its phase a running ACCOUNT survey', count(*)
from (select 1 from survey s join phase ph on ph.id = s.phase_id
      where s.phase_id = :phase_id and (s.results <> 'LIVE' or (select count(*) from q) <> 13
            or ph.phase_kind <> 'collect' or ph.requirement <> 'ACCOUNT'
            or current_date not between ph.starts_on and ph.ends_on)
      union all select 1 where not exists (select 1 from survey where phase_id = :phase_id)) bad;

insert into survey_check
select 'online responses have distinct accounts, paper responses none', count(*)
from r
where (channel = 'ONLINE' and account_id is null) or (channel = 'PAPER' and account_id is not null)
   or channel not in ('ONLINE', 'PAPER')
   or (account_id is not null and not exists (select 1 from account ac where ac.id = r.account_id));

insert into survey_check
select 'no account answered twice', count(*)
from (select account_id from r where account_id is not null group by account_id having count(*) > 1) d;

insert into survey_check
select 'answers belong to existing responses and to questions of the same survey', count(*)
from survey_answer x
left join survey_response rr on rr.id = x.response_id
left join survey_question qq on qq.id = x.question_id
where rr.id is null or qq.id is null or qq.phase_id <> rr.phase_id;

insert into survey_check
select 'no choice outside its options (yes/no: 0 or 1, consent: 0)', count(*)
from a join q on q.id = a.question_id
where q.type in ('SINGLE', 'MULTIPLE', 'DROPDOWN', 'YES_NO', 'CONSENT')
  and (a.choice is null
       or a.choice < 0
       or a.choice >= case q.type when 'YES_NO' then 2 when 'CONSENT' then 1 else q.option_count end);

insert into survey_check
select 'each answer uses the column of its type only', count(*)
from a join q on q.id = a.question_id
where case
          when q.type in ('SINGLE', 'MULTIPLE', 'DROPDOWN', 'YES_NO', 'CONSENT')
              then a.number_value is not null or a.text_value is not null
          when q.type in ('NUMBER', 'SCALE') then a.number_value is null or a.choice is not null or a.text_value is not null
          else a.text_value is null or a.text_value = '' or a.choice is not null or a.number_value is not null
      end;

insert into survey_check
select 'numbers and scales in their range, scales whole numbers', count(*)
from a join q on q.id = a.question_id
where (q.type = 'SCALE' and (a.number_value <> round(a.number_value)
                             or a.number_value < coalesce(q.min_value, 1) or a.number_value > coalesce(q.max_value, 5)))
   or (q.type = 'NUMBER' and (a.number_value < coalesce(q.min_value, a.number_value)
                              or a.number_value > coalesce(q.max_value, a.number_value)));

insert into survey_check
select 'texts within their length (short 300, long 5000)', count(*)
from a join q on q.id = a.question_id
where (q.type = 'SHORT_TEXT' and length(a.text_value) > 300) or (q.type = 'LONG_TEXT' and length(a.text_value) > 5000);

insert into survey_check
select 'one row per response for single-valued questions, no option twice for multiple choice', count(*)
from (select a.response_id, a.question_id from a join q on q.id = a.question_id
      where q.type <> 'MULTIPLE' group by 1, 2 having count(*) > 1
      union all
      select a.response_id, a.question_id from a join q on q.id = a.question_id
      where q.type = 'MULTIPLE' group by a.response_id, a.question_id, a.choice having count(*) > 1) d;

insert into survey_check
select 'multiple choice within its minimum and maximum', count(*)
from (select q.min_value, q.max_value, count(*) as n from a join q on q.id = a.question_id
      where q.type = 'MULTIPLE' group by a.response_id, q.id, q.min_value, q.max_value) d
where n < coalesce(min_value, 1) or n > coalesce(max_value, n);

insert into survey_check
select 'conditional questions answered only when their condition holds, required ones always then', count(*)
from q cross join lateral (
    (select response_id from a where a.question_id = q.id
     except all
     select response_id from a where a.question_id = q.condition_question_id and a.choice::text = q.condition_value)
    union all
    (select response_id from a where a.question_id = q.condition_question_id and a.choice::text = q.condition_value
       and q.required
     except all
     select response_id from a where a.question_id = q.id)) d
where q.condition_question_id is not null;

insert into survey_check
select 'required questions without a condition answered by every response', count(*)
from q
where q.required and q.condition_question_id is null
  and (select count(distinct response_id) from a where a.question_id = q.id) <> (select count(*) from r);

insert into survey_check
select 'plausible: 10 to 12 answer rows per response on average', count(*)
from (select count(*)::numeric / nullif((select count(*) from r), 0) as per from a) d
where per is null or per not between 10 and 12;

insert into survey_check
select 'plausible: every option of every choice question chosen by at least 1 % of its answers', count(*)
from q cross join lateral generate_series(0, case q.type when 'YES_NO' then 1 else q.option_count - 1 end) o
left join (select question_id, choice, count(*) as n, sum(count(*)) over (partition by question_id) as total
           from a group by question_id, choice) c on c.question_id = q.id and c.choice = o
where q.type in ('SINGLE', 'MULTIPLE', 'DROPDOWN', 'YES_NO')
  and (c.n is null or c.n < 0.01 * c.total);

insert into survey_check
select 'plausible: optional questions answered by 5 % to 95 % of the responses', count(*)
from q
where not q.required and q.condition_question_id is null
  and (select count(distinct response_id) from a where a.question_id = q.id)
      not between 0.05 * (select count(*) from r) and 0.95 * (select count(*) from r);

insert into survey_check
select 'plausible: 15 % to 25 % of the responses have a free text', count(*)
from (select count(distinct a.response_id)::numeric / (select count(*) from r) as share
      from a join q on q.id = a.question_id where q.type in ('SHORT_TEXT', 'LONG_TEXT')) d
where share not between 0.15 and 0.25;

insert into survey_check
select 'identity sequences of questions and responses are past the highest id', count(*)
from (values ('survey_question'), ('survey_response')) t(name)
where (xpath('/row/max/text()', query_to_xml(format('select coalesce(max(id), 0) as max from %I', t.name), false,
       true, '')))[1]::text::bigint
      > (xpath('/row/last_value/text()', query_to_xml(format('select last_value from %s',
       pg_get_serial_sequence(t.name, 'id')), false, true, '')))[1]::text::bigint;

select name as check, case when bad = 0 then 'ok' else bad || ' wrong' end as result
from survey_check order by name;

do $$
begin
    if exists (select 1 from survey_check where bad <> 0) then
        raise exception 'The survey data is inconsistent: see the checks above';
    end if;
end $$;

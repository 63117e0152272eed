-- Benchmark data for Stadtdialog's surveys, on PostgreSQL: one big survey with 1,000,000 responses.
--
-- Run it with psql after bench/generate.sql (it needs its accounts, the organisation and the districts):
--
--   psql -h 127.0.0.1 -U postgres -d stadtdialog_bench -f bench/generate-survey.sql
--
-- It creates the project `umfrage-gross` (published, public, in the organisation of generate.sql) with
-- one running survey phase: a mobility survey of 13 questions of eight types, one of them shown only
-- to those who answered "yes" to the question before, results public while it runs ('LIVE'), and
--
-- - :online responses ONLINE (default 200,000), each by another account (accounts 1, 2, 3, ...: a
--   person answers a survey once, and generate.sql makes 200,000 accounts);
-- - the rest (default 800,000) PAPER questionnaires typed in by bench-admin, without an account.
--
-- The two kinds are interleaved in id (= time) order. Answers follow plausible distributions, with
-- a few correlations (age and channel, owning a bike and the way to work, ...): about 10.2 of the 13
-- questions are answered per response, in about 11.7 answer rows (multiple choice takes a row per
-- chosen option); one response in five has a free text.
--
-- Sizes: `-v responses=100000 -v online=20000` for a quick try. The random numbers come from a fixed
-- seed. survey_answer's indexes are dropped during the load and built again after it, and its foreign
-- keys are not checked while loading (session_replication_role = replica; bench/check-survey.sql
-- checks what they would).

\set ON_ERROR_STOP on
\if :{?responses}
\else
\set responses 1000000
\endif
\if :{?online}
\else
\set online 200000
\endif

\echo 'Generating a survey of 13 questions with' :responses 'responses,' :online 'of them online'
\timing on

set max_parallel_workers_per_gather = 0;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

begin;

do $$
begin
    if not exists (select 1 from information_schema.tables where table_name = 'survey_answer') then
        raise exception 'The survey tables are missing: migrate the database with the application first';
    end if;
    if not exists (select 1 from organisation where slug = 'stadt-kaiserslautern') then
        raise exception 'Run bench/generate.sql first: the survey needs its accounts and organisation';
    end if;
    if exists (select 1 from project where slug = 'umfrage-gross') then
        raise exception 'The project umfrage-gross exists already: use a fresh database';
    end if;
end $$;

select :online <= (select count(*) from account) as enough_accounts \gset
\if :enough_accounts
\else
\echo 'More online responses than accounts: lower online or raise accounts in generate.sql'
select 1 / 0;
\endif

select setseed(0.1305);

select (select coalesce(max(id), 0) + 1 from project) as project_id,
       (select coalesce(max(id), 0) + 1 from phase) as phase_id,
       (select coalesce(max(id), 0) from survey_question) as qbase,
       (select coalesce(max(id), 0) from survey_response) as rbase,
       (select id from organisation where slug = 'stadt-kaiserslautern') as organisation_id,
       (select id from account where username = 'bench-admin') as admin_id \gset

\echo '>>' 'project, phase, survey, questions'

insert into project (id, slug, organisation_id, title, teaser, description_md, area_geojson, contact_name,
    contact_email, status, visibility, created_at, updated_at, published_at)
values (:project_id, 'umfrage-gross', :organisation_id, 'Mobilitätsumfrage Kaiserslautern',
        'Wie bewegen Sie sich durch die Stadt, und was soll besser werden? Die große Umfrage zum Mobilitätskonzept.',
        E'Die Stadt erarbeitet ein neues Mobilitätskonzept. Die Umfrage zeigt, wie die Lautrerinnen und Lautrer '
        'unterwegs sind und was ihnen fehlt.\n\nDen Fragebogen gibt es auch auf Papier in allen Ortsverwaltungen.',
        '{"type":"Polygon","coordinates":[[[7.70,49.40],[7.84,49.40],[7.84,49.48],[7.70,49.48],[7.70,49.40]]]}',
        'Team Bürgerbeteiligung', 'beteiligung@stadtdialog.example', 'PUBLISHED', 'PUBLIC',
        now() - interval '30 days', now() - interval '21 days', now() - interval '21 days');
insert into project_topic (project_id, topic_id)
select :project_id, id from topic where name in ('Mobilität', 'Stadtentwicklung');
insert into project_district (project_id, district_id) select :project_id, id from district;

insert into phase (id, project_id, title, description, starts_on, ends_on, format_key, phase_kind, requirement)
values (:phase_id, :project_id, 'Umfrage', 'Beantworten Sie 13 Fragen zu Ihren Wegen durch die Stadt.',
        current_date - 20, current_date + 20, 'survey', 'collect', 'ACCOUNT');

insert into survey (phase_id, intro_md, results, editable, version)
values (:phase_id, 'Die Umfrage dauert etwa fünf Minuten. Alle Fragen ohne Stern können Sie überspringen.',
        'LIVE', true, 0);

-- The districts of generate.sql, in its order, are the dropdown's options.
insert into survey_question (id, phase_id, position, type, title, help, required, options, min_value, max_value,
    min_label, max_label, condition_question_id, condition_value)
values
    (:qbase + 1, :phase_id, 1, 'SINGLE', 'Wie kommen Sie meistens zur Arbeit, Schule oder Ausbildung?', null, true,
     E'Zu Fuß\nMit dem Fahrrad\nMit dem Bus\nMit dem Auto\nMit Motorrad oder Roller\nIch arbeite oder lerne zu Hause',
     null, null, null, null, null, null),
    (:qbase + 2, :phase_id, 2, 'SINGLE', 'Wie oft sind Sie in der Innenstadt?', null, true,
     E'Täglich\nMehrmals pro Woche\nEinmal pro Woche\nSeltener', null, null, null, null, null, null),
    (:qbase + 3, :phase_id, 3, 'MULTIPLE', 'Was sollte die Stadt zuerst verbessern?', 'Höchstens drei Antworten.',
     true, E'Radwege\nBusverbindungen\nGehwege\nParkplätze\nGrünflächen\nBeleuchtung\nBarrierefreiheit',
     1, 3, null, null, null, null),
    (:qbase + 4, :phase_id, 4, 'SCALE', 'Wie zufrieden sind Sie mit dem Busangebot?', null, true, null,
     1, 5, 'gar nicht', 'sehr', null, null),
    (:qbase + 5, :phase_id, 5, 'SCALE', 'Wie sicher fühlen Sie sich auf dem Rad im Stadtverkehr?', null, false,
     null, 1, 5, 'gar nicht', 'sehr', null, null),
    (:qbase + 6, :phase_id, 6, 'YES_NO', 'Haben Sie ein Fahrrad?', null, true, null,
     null, null, null, null, null, null),
    (:qbase + 7, :phase_id, 7, 'SINGLE', 'Wie oft fahren Sie Rad?', null, true,
     E'Täglich\nMehrmals pro Woche\nMehrmals im Monat\nSeltener\nNie', null, null, null, null, :qbase + 6, '0'),
    (:qbase + 8, :phase_id, 8, 'MULTIPLE', 'Welche Angebote würden Sie nutzen?', null, false,
     E'Leihräder\nCarsharing\nLastenräder zum Ausleihen\nE-Scooter\nRufbus am Abend', null, null, null, null,
     null, null),
    (:qbase + 9, :phase_id, 9, 'SINGLE', 'Wie finden Sie die Zahl der Parkplätze in der Innenstadt?', null, false,
     E'Zu wenige\nGenau richtig\nZu viele', null, null, null, null, null, null),
    (:qbase + 10, :phase_id, 10, 'DROPDOWN', 'In welchem Stadtteil wohnen Sie?', null, true,
     (select string_agg(name, E'\n' order by id) from district), null, null, null, null, null, null),
    (:qbase + 11, :phase_id, 11, 'NUMBER', 'Wie alt sind Sie?', 'In Jahren.', false, null, 14, 99, null, null,
     null, null),
    (:qbase + 12, :phase_id, 12, 'SHORT_TEXT', 'Was ist Ihr Lieblingsort in Kaiserslautern?', null, false, null,
     null, null, null, null, null, null),
    (:qbase + 13, :phase_id, 13, 'LONG_TEXT', 'Was möchten Sie der Stadt noch mitteilen?', null, false, null,
     null, null, null, null, null, null);

do $$
begin
    if (select count(*) from district) <> 18 then
        raise exception 'Expected the 18 districts of generate.sql';
    end if;
end $$;

\echo '>>' 'plan: every response and its answers'
-- One row per response with all its answers; the insert below turns the columns into answer rows.
-- Choices are drawn with width_bucket over cumulative shares (0 below the first bound, n-1 above the
-- last), multiple choice by weighted sampling without replacement (order by random() ^ (1 / weight)).

create temp table words as select
    array['der Volkspark', 'der Japanische Garten', 'der Stiftsplatz', 'der Gelterswoog', 'der Humbergturm',
          'der Betzenberg', 'die Gartenschau', 'der Schillerplatz', 'der Stadtpark', 'der Vogelwoog',
          'der Pfaffplatz', 'die Fußgängerzone', 'der Wochenmarkt', 'das Fritz-Walter-Stadion', 'der Bremerhof',
          'der Kaiserberg', 'die Lauterquelle', 'der Wildpark', 'die Uni-Wiese', 'mein Garten'] as place,
    array['Bitte denken Sie an', 'Mir ist besonders wichtig:', 'Vergessen Sie bitte nicht', 'Ich wünsche mir mehr Blick auf',
          'Als Pendlerin denke ich an', 'Als Pendler denke ich an', 'Unsere Familie denkt an',
          'Im Ortsbeirat sprechen wir oft über'] as opener,
    array['die Radwege in der Innenstadt', 'die Busse am Abend', 'die Gehwege für Kinderwagen', 'die Ampeln an der Mainzer Straße',
          'die Parkplätze am Bahnhof', 'die Schulwege', 'die Stadtteile am Rand', 'die Barrierefreiheit der Haltestellen',
          'die Baustellen', 'die Beleuchtung der Unterführungen', 'die Busse nach Siegelbach', 'den Lärm in der Nacht'] as subject,
    array['Das wäre wirklich ein Gewinn.', 'Danke, dass Sie fragen.', 'Bitte informieren Sie über die Ergebnisse.',
          'Seit Jahren ändert sich da zu wenig.', 'Ich helfe gern mit.', 'Andere Städte sind da weiter.',
          'Gerade im Winter ist es schwierig.', ''] as closer;

-- The districts' shares: the inner city and the big quarters more often than the villages.
create temp table district_bounds as
select array_agg(bound order by id) filter (where id < 18)::float8[] as bounds
from (select id, sum(weight::float8) over (order by id) / sum(weight) over () as bound
      from unnest(array[9, 7, 8, 8, 6, 5, 6, 6, 7, 3, 3, 4, 3, 5, 4, 2, 4, 4]) with ordinality d(weight, id)) b;

create temp table resp as
select n, id, online, account_id, created_at, age,
       answers_age, bike, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13
from (
    select p.*,
           -- 1 the way to work, depending on the bike
           width_bucket(random(), case when bike then array[0.15, 0.40, 0.55, 0.90, 0.93]
                                       else array[0.18, 0.20, 0.45, 0.90, 0.93] end::float8[]) as q1,
           -- 2 how often in the city centre
           width_bucket(random(), array[0.20, 0.55, 0.80]::float8[]) as q2,
           -- 3 priorities: one to three of seven
           array(select o - 1 from (
                     select o from unnest(array[case when bike then 3 else 1 end, 2.5, 1.5,
                                               case when bike then 1 else 3 end, 2, 1.2,
                                               case when age >= 65 then 2.5 else 0.8 end]::float8[])
                                   with ordinality w(weight, o)
                     order by random() ^ (1 / weight) desc
                     limit 1 + width_bucket(p.r3, array[0.25, 0.60]::float8[])) s
                 order by o) as q3,
           -- 4 the buses, 1 to 5
           1 + width_bucket(random(), array[0.15, 0.40, 0.72, 0.92]::float8[]) as q4,
           -- 5 safety on the bike, 1 to 5, optional: 85 % answer it
           case when random() < 0.85
                then 1 + width_bucket(random(), case when bike then array[0.18, 0.45, 0.75, 0.93]
                                                     else array[0.30, 0.60, 0.85, 0.96] end::float8[]) end as q5,
           -- 6 a bike: yes (0) or no (1)
           case when bike then 0 else 1 end as q6,
           -- 7 how often by bike, only asked with a bike (required then)
           case when bike then width_bucket(random(), array[0.20, 0.45, 0.70, 0.90]::float8[]) end as q7,
           -- 8 offers: 60 % pick one to three of five
           case when random() < 0.60 then array(select o - 1 from (
                     select o from unnest(array[1.5, 1.2, 0.8, case when age < 30 then 2 else 0.5 end,
                                               case when age >= 60 then 2.5 else 1.2 end]::float8[])
                                   with ordinality w(weight, o)
                     order by random() ^ (1 / weight) desc
                     limit 1 + width_bucket(p.r8, array[0.45, 0.80]::float8[])) s
                 order by o) end as q8,
           -- 9 parking, optional: 90 % answer it
           case when random() < 0.90
                then width_bucket(random(), case when bike then array[0.35, 0.80]
                                                 else array[0.65, 0.95] end::float8[]) end as q9,
           -- 10 the district, the inner city more often
           width_bucket(random(), (select bounds from district_bounds)) as q10,
           -- 11 the age, optional
           case when answers_age then age end as q11,
           -- 12 and 13 free texts: one response in five has at least one of them
           case when p.t < 0.15 then 'Für mich ist es ' || w.place[1 + floor(random() * cardinality(w.place))::int]
                                     || '.' end as q12,
           case when p.t >= 0.10 and p.t < 0.20
                then w.opener[1 + floor(random() * cardinality(w.opener))::int] || ' '
                     || w.subject[1 + floor(random() * cardinality(w.subject))::int] || '. Außerdem: '
                     || w.subject[1 + floor(random() * cardinality(w.subject))::int] || '. '
                     || w.closer[1 + floor(random() * cardinality(w.closer))::int] end as q13
    from (
        select a.*,
               random() < case when age < 30 then 0.85 when age < 60 then 0.72 else 0.50 end as bike,
               random() < case when online then 0.75 else 0.85 end as answers_age,
               random() as t, random() as r3, random() as r8
        from (
            select n, :rbase + n as id, online,
                   case when online then (n * :online) / :responses end as account_id,
                   (current_date - 20)::timestamptz
                       + (n - random()) / :responses * (now() - (current_date - 20)::timestamptz) as created_at,
                   -- online younger (mean 38), paper older (mean 56), 14 to 99
                   least(99, greatest(14, round(case when online then 38 else 56 end
                       + 17 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::int as age
            from (select n, (n * :online) / :responses > ((n - 1) * :online) / :responses as online
                  from generate_series(1, :responses::bigint) n) g
        ) a
    ) p, words w
) r;

alter table resp add primary key (n);

\echo '>>' 'responses'

insert into survey_response (id, phase_id, account_id, channel, entered_by, created_at, updated_at)
select id, :phase_id, account_id, case when online then 'ONLINE' else 'PAPER' end,
       case when online then null else :admin_id end, created_at, created_at
from resp order by n;

\echo '>>' 'answers'
-- Loaded without survey_answer's indexes (built again afterwards from their own definitions, so this
-- follows the migrations) and without checking its foreign keys row by row.

create temp table answer_indexes as
select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i join pg_class c on c.oid = i.indexrelid
where i.indrelid = 'survey_answer'::regclass and not i.indisprimary and not i.indisunique;

do $$
declare
    ix record;
begin
    for ix in select name from answer_indexes loop
        execute format('drop index %I', ix.name);
    end loop;
end $$;

set local session_replication_role = replica;

-- In response order, question by question, as the application writes them.
insert into survey_answer (response_id, question_id, choice, number_value, text_value)
select r.id, :qbase + a.q, a.choice, a.number_value, a.text_value
from resp r
cross join lateral (
    select 1 as q, r.q1 as choice, null::float8 as number_value, null::text as text_value
    union all select 2, r.q2, null, null
    union all select 3, o, null, null from unnest(r.q3) o
    union all select 4, null, r.q4, null
    union all select 5, null, r.q5, null
    union all select 6, r.q6, null, null
    union all select 7, r.q7, null, null
    union all select 8, o, null, null from unnest(r.q8) o
    union all select 9, r.q9, null, null
    union all select 10, r.q10, null, null
    union all select 11, null, r.q11, null
    union all select 12, null, null, r.q12
    union all select 13, null, null, r.q13
) a
where a.choice is not null or a.number_value is not null or a.text_value is not null
;

set local session_replication_role = origin;

\echo '>>' 'survey_answer indexes'
do $$
declare
    ix record;
begin
    for ix in select definition from answer_indexes loop
        execute ix.definition;
    end loop;
end $$;

\echo '>>' 'the guest survey'
-- A second, open survey for guest submissions (bench scenario survey-guest and the spike): everyone may
-- answer without an account, one response per browser; the same 13 questions, no responses yet.
insert into project (id, slug, organisation_id, title, teaser, description_md, area_geojson, contact_name,
    contact_email, status, visibility, created_at, updated_at, published_at)
values (:project_id + 1, 'umfrage-offen', :organisation_id, 'Kurzumfrage Innenstadt',
        'Ohne Anmeldung: Sagen Sie uns in drei Minuten, wie Sie die Innenstadt erleben.',
        'Die Umfrage ist offen für alle, auch ohne Konto.',
        '{"type":"Polygon","coordinates":[[[7.74,49.43],[7.78,49.43],[7.78,49.45],[7.74,49.45],[7.74,49.43]]]}',
        'Team Bürgerbeteiligung', 'beteiligung@stadtdialog.example', 'PUBLISHED', 'PUBLIC',
        now() - interval '5 days', now() - interval '4 days', now() - interval '4 days');
insert into phase (id, project_id, title, description, starts_on, ends_on, format_key, phase_kind, requirement)
values (:phase_id + 1, :project_id + 1, 'Kurzumfrage', 'Ohne Anmeldung, in drei Minuten.',
        current_date - 3, current_date + 27, 'survey', 'collect', 'GUEST');
insert into survey (phase_id, intro_md, results, editable, version, guest_mode)
values (:phase_id + 1, 'Sie brauchen kein Konto.', 'AFTER_END', false, 0, 'BROWSER');
insert into survey_question (id, phase_id, position, type, title, help, required, options, min_value, max_value,
    min_label, max_label, condition_question_id, condition_value)
select id + 100, :phase_id + 1, position, type, title, help, required, options, min_value, max_value,
       min_label, max_label, condition_question_id + 100, condition_value
from survey_question where phase_id = :phase_id order by id;

\echo '>>' 'sequences, commit'
select setval(pg_get_serial_sequence('project', 'id'), (select max(id) from project)),
       setval(pg_get_serial_sequence('phase', 'id'), (select max(id) from phase)),
       setval(pg_get_serial_sequence('survey_question', 'id'), (select max(id) from survey_question)),
       setval(pg_get_serial_sequence('survey_response', 'id'), (select max(id) from survey_response));

commit;

\echo '>> vacuum (analyze), checkpoint'
vacuum (analyze) survey, survey_question, survey_response, survey_answer, project, phase, project_topic,
    project_district;
checkpoint;

\timing off
select (select count(*) from survey_response where phase_id = :phase_id) as responses,
       (select count(*) from survey_response where phase_id = :phase_id and channel = 'ONLINE') as online,
       (select count(*) from survey_answer a join survey_question q on q.id = a.question_id
        where q.phase_id = :phase_id) as answers,
       pg_size_pretty(pg_total_relation_size('survey_answer')) as survey_answer_size,
       pg_size_pretty(pg_total_relation_size('survey_response')) as survey_response_size;

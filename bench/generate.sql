-- Benchmark data for Stadtdialog's idea collection, on PostgreSQL.
--
-- Run it with psql against a database that the application has already migrated (Flyway) and that
-- holds no accounts or projects yet:
--
--   psql -h 127.0.0.1 -U postgres -d stadtdialog_bench -f bench/generate.sql
--
-- It creates a city: 200,000 confirmed accounts, one organisation, the big project `ideenkarte-gross`
-- with 100,000 ideas on a map of Kaiserslautern, 300,000 comments (10,000 of them on the idea with the
-- lowest id, in threads three levels deep), 1,000,000 supports, 1,997 small projects around it (2,000 with the two surveys'), and 500
-- entries of the Vorhabenliste.
-- Every denormalised counter equals the rows behind it (bench/check.sql proves that).
--
-- The sizes can be lowered for a quick try, e.g. `-v ideas=10000 -v comments=30000 -v supports=100000
-- -v big_comments=1000 -v accounts=20000`. The random numbers come from a fixed seed, so two runs with
-- the same sizes on the same day produce the same data.
--
-- All rows get explicit ids (1, 2, 3, ...); the identity sequences are moved past them at the end, so
-- the application can insert afterwards.

\set ON_ERROR_STOP on
\if :{?accounts}
\else
\set accounts 200000
\endif
\if :{?ideas}
\else
\set ideas 100000
\endif
\if :{?comments}
\else
\set comments 300000
\endif
\if :{?big_comments}
\else
\set big_comments 10000
\endif
\if :{?supports}
\else
\set supports 1000000
\endif
\if :{?plans}
\else
\set plans 500
\endif
\if :{?small_projects}
\else
\set small_projects 1997
\endif

\echo 'Generating' :accounts 'accounts,' :ideas 'ideas,' :comments 'comments,' :big_comments 'of them on one idea,' :supports 'supports,' :small_projects 'small projects,' :plans 'Vorhabenliste entries'
\timing on

-- One process, so the fixed seed gives the same numbers; a big sort and hash memory for the load.
-- (No asynchronous commit: the vacuum right after the commit could then not mark the pages all-visible.)
set max_parallel_workers_per_gather = 0;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

begin;

do $$
begin
    if not exists (select 1 from information_schema.tables where table_name = 'idea_comment') then
        raise exception 'The idea tables are missing: start the application once against this database so Flyway migrates it';
    end if;
    if exists (select 1 from account) or exists (select 1 from project) or exists (select 1 from organisation) then
        raise exception 'The database already holds accounts, organisations or projects: use a fresh one';
    end if;
end $$;

select setseed(0.2026);

-- The words that titles, descriptions and comments are made of. Search for any of them finds a part
-- of the ideas, never all of them.
create temp table vocab as select
    array['Mehr', 'Neue', 'Sichere', 'Breitere', 'Schattige', 'Barrierefreie', 'Bessere', 'Grüne', 'Ruhigere',
          'Beleuchtete', 'Öffentliche', 'Überdachte', 'Saubere', 'Kostenlose', 'Moderne'] as wish,
    array['Bäume', 'Radwege', 'Sitzbänke', 'Trinkbrunnen', 'Spielplätze', 'Zebrastreifen', 'Fahrradständer',
          'Mülleimer', 'Blühwiesen', 'Bushaltestellen', 'Toiletten', 'Laternen', 'Hundewiesen', 'Gehwege',
          'Ladestationen', 'Tempo-30-Zonen', 'Hochbeete', 'Bücherschränke', 'Basketballkörbe',
          'Carsharing-Plätze', 'Wasserspiele', 'Dachbegrünungen', 'Abstellplätze für Lastenräder', 'Ampeln',
          'Grillplätze'] as thing,
    array['am Stiftsplatz', 'in der Fackelstraße', 'am Schillerplatz', 'im Volkspark', 'am Hauptbahnhof',
          'in der Pariser Straße', 'am Betzenberg', 'im Japanischen Garten', 'an der Lauter', 'am Messeplatz',
          'in der Mainzer Straße', 'am Kaiserberg', 'im Stadtpark', 'am Rathaus', 'in Erfenbach',
          'in Morlautern', 'in Hohenecken', 'am Gelterswoog', 'an der Universität', 'in der Eisenbahnstraße',
          'am Pfaffplatz', 'in der Königstraße', 'am Martinsplatz', 'in Siegelbach', 'in Dansenberg',
          'am Bremerhof', 'in der Marktstraße', 'am Altenhof', 'in der Richard-Wagner-Straße',
          'am Fritz-Walter-Stadion', 'in der Mannheimer Straße', 'am Humbergturm', 'in Mölschbach',
          'in Erlenbach', 'am Einsiedlerhof', 'in der Kottenstraße', 'an der Gartenschau', 'am Lämmchesberg',
          'in der Trippstadter Straße', 'am Vogelwoog'] as place,
    array['Mein Vorschlag:', 'Eine Idee aus der Nachbarschaft.', 'Das fehlt hier seit Jahren.',
          'Das fällt mir jeden Tag auf.', 'Wir haben im Quartier lange darüber gesprochen.',
          'Als Anwohnerin wünsche ich mir eine Verbesserung.', 'Als Anwohner sehe ich hier großen Bedarf.',
          'Kurz und knapp:'] as opener,
    array['im Sommer', 'am Abend', 'morgens', 'am Wochenende', 'bei Regen', 'nach Veranstaltungen',
          'in den Ferien', 'im Winter'] as occasion,
    array['ist es dort kaum auszuhalten', 'fehlt ein sicherer Weg für Kinder', 'stehen viele Autos im Weg',
          'wird es dort sehr laut', 'gibt es keinen Platz zum Ausruhen', 'ist die Straße schlecht beleuchtet',
          'kommen viele Familien vorbei', 'teilen sich Radfahrende und Fußgänger den Weg',
          'ist dort viel Verkehr', 'treffen sich dort Jugendliche'] as problem,
    array['Kindern', 'älteren Menschen', 'Familien', 'Pendlerinnen und Pendlern', 'Menschen im Rollstuhl',
          'Studierenden', 'den Geschäften in der Nähe', 'allen Nachbarinnen und Nachbarn',
          'Besucherinnen und Besuchern', 'Schulkindern'] as who,
    array['sehr helfen', 'den Alltag erleichtern', 'mehr Sicherheit geben', 'einen Grund zum Verweilen geben',
          'viel Zeit sparen', 'guttun'] as effect,
    array['Vielleicht lässt sich das mit der geplanten Sanierung verbinden.', 'Ich helfe gern bei der Umsetzung mit.',
          'In anderen Städten klappt das schon gut.', 'Die Kosten wären überschaubar.',
          'Bitte prüfen Sie auch die Nebenstraßen.', 'Der Ortsbeirat hat das auch schon angeregt.', '', ''] as extra,
    array['Gute Idee!', 'Finde ich gut.', 'Da bin ich anderer Meinung.', 'Unbedingt!', 'Das sehe ich genauso.',
          'Schwierig.', 'Wichtiger Punkt.', 'Ich weiß nicht recht.', 'Endlich sagt es mal jemand.',
          'Bitte nicht noch mehr Kosten.'] as reaction,
    array['Danke für den Hinweis.', 'Das stimmt so nicht ganz.', 'Genau so sehe ich das auch.',
          'Haben Sie dazu eine Quelle?', 'Ein guter Kompromiss wäre ein Testlauf.', 'Da haben Sie recht.',
          'Das wurde im Ortsbeirat schon besprochen.'] as reply,
    array['Anna', 'Ben', 'Clara', 'David', 'Emine', 'Felix', 'Greta', 'Hakan', 'Ida', 'Jonas', 'Katrin', 'Lukas',
          'Mia', 'Noah', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tanja', 'Umut', 'Vera', 'Willi', 'Yara', 'Zoe',
          'Lautrer', 'Betze', 'Radlerin', 'Gaertner', 'Nachbarin', 'Pfaelzer'] as nick,
    array['Innenstadt-Ost', 'Innenstadt-Südwest', 'Innenstadt-West/Kotten', 'Innenstadt-Nord/Kaiserberg',
          'Grübentälchen/Volkspark', 'Betzenberg', 'Lämmchesberg/Uniwohnstadt', 'Bännjerrück/Karl-Pfaff-Siedlung',
          'Kaiserslautern-West', 'Dansenberg', 'Einsiedlerhof', 'Erfenbach', 'Erlenbach',
          'Erzhütten/Wiesenthalerhof', 'Hohenecken', 'Mölschbach', 'Morlautern', 'Siegelbach'] as district,
    array['Umwelt und Klima', 'Stadtentwicklung', 'Mobilität', 'Digitales', 'Grün- und Freiflächen', 'Soziales',
          'Kultur', 'Sicherheit'] as topic,
    array['Spielplatz', 'Radverkehrskonzept', 'Quartiersplatz', 'Schulhof', 'Stadtteilpark', 'Lärmaktionsplan',
          'Baumpflanzungen', 'Bürgerhaus', 'Bücherei', 'Jugendtreff', 'Friedhof', 'Marktplatz', 'Sportplatz',
          'Dorfmitte', 'Busnetz', 'Klimaschutzkonzept', 'Freibad', 'Skatepark', 'Verkehrsberuhigung',
          'Seniorenbeirat', 'Kita-Neubau', 'Wochenmarkt', 'Beleuchtung', 'Gewerbegebiet', 'Hundeauslauf'] as subject;

\echo '>>' 'accounts'
-- --- Accounts: confirmed, with consent to the current terms, created one to four years ago ---

insert into account (id, username, username_key, email, email_key, password_hash, status, platform_admin,
    terms_version, privacy_version, consented_at, created_at, confirmed_at)
select g, name, lower(name), 'person' || g || '@bench.example', 'person' || g || '@bench.example',
       -- bench-passwort-2026
       '{bcrypt}$2a$10$8MlooP66eXrIcaMqP4KQkOcJGoqajoAL8Gu59K3aumnnhD.arj92i',
       'ACTIVE', g = 1,
       (select 'nutzungsbedingungen-v' || version from page where page_key = 'nutzungsbedingungen'),
       (select 'datenschutz-v' || version from page where page_key = 'datenschutz'),
       created, created, created
from (select g, case when g = 1 then 'bench-admin' else v.nick[1 + g % cardinality(v.nick)] || '_' || g end as name,
             now() - interval '365 days' - random() * interval '1095 days' as created
      from generate_series(1, :accounts) g, vocab v) a;

\echo '>>' 'organisation, topics, districts'
-- --- The city: one organisation, topics and districts ---

insert into organisation (id, slug, name, description, contact_email, contact_phone, contact_address, website,
    created_at)
values (1, 'stadt-kaiserslautern', 'Stadt Kaiserslautern',
        'Die Stadtverwaltung lädt alle Lautrerinnen und Lautrer ein, ihre Stadt mitzugestalten.',
        'beteiligung@stadtdialog.example', '0631 365-0', 'Willy-Brandt-Platz 1, 67657 Kaiserslautern',
        'https://www.kaiserslautern.de', now() - interval '3 years');
insert into membership (organisation_id, account_id, role) values (1, 1, 'INITIATOR');

insert into topic (id, name) select t.i, t.name from vocab v, unnest(v.topic) with ordinality t(name, i);
insert into district (id, name) select d.i, d.name from vocab v, unnest(v.district) with ordinality d(name, i);

\echo '>>' 'the big project'
-- --- The big project: one idea collection over the whole of Kaiserslautern ---

insert into project (id, slug, organisation_id, title, teaser, description_md, area_geojson, contact_name,
    contact_email, status, visibility, created_at, updated_at, published_at)
values (1, 'ideenkarte-gross', 1, 'Ideenkarte Kaiserslautern 2030',
        'Was fehlt in Ihrem Viertel, was soll bleiben? Setzen Sie Ihre Idee auf die Karte und unterstützen Sie die Ideen anderer.',
        E'Die Stadt sammelt Ideen für das Kaiserslautern von morgen: für Plätze, Wege, Grün und das Zusammenleben.\n\n'
        'Jede Idee mit einem Ort erscheint auf der Karte. Die Verwaltung prüft alle Ideen und antwortet auf jede.',
        '{"type":"Polygon","coordinates":[[[7.70,49.40],[7.84,49.40],[7.84,49.48],[7.70,49.48],[7.70,49.40]]]}',
        'Team Bürgerbeteiligung', 'beteiligung@stadtdialog.example', 'PUBLISHED', 'PUBLIC',
        now() - interval '20 days', now() - interval '11 days', now() - interval '11 days');
insert into project_topic (project_id, topic_id) values (1, 2), (1, 3), (1, 5);
insert into project_district (project_id, district_id) select 1, id from district;

insert into phase (id, project_id, title, description, starts_on, ends_on, format_key, phase_kind, requirement)
values (1, 1, 'Ideen sammeln', 'Schlagen Sie Ideen vor, kommentieren und unterstützen Sie sie.',
        current_date - 10, current_date + 30, 'idea', 'collect', 'ACCOUNT');

\echo '>>' 'small projects'
-- --- :small_projects small projects (1,997: with the big one and the two surveys 2,000): past, running and planned,
-- some private, drafts and archived ones ---
-- Every fourth has an idea collection of its own; those whose idea phase has started have a few ideas.

create temp table small as
select i, 1 + i as project_id, o,
       -- a small square somewhere in the city
       7.705 + ((i * 37) % 100) / 100.0 * 0.13 as lon0, 49.405 + ((i * 61) % 100) / 100.0 * 0.07 as lat0,
       i % 4 = 1 as has_ideas,
       case when i % 4 = 1 and o + 31 <= 0 then 10 + (i * 7) % 60 else 0 end as idea_count
from (select i, (i * 53) % 260 - 170 as o from generate_series(1, :small_projects) i) s;

insert into project (id, slug, organisation_id, title, teaser, description_md, area_geojson, contact_name,
    contact_email, status, visibility, created_at, updated_at, published_at)
select s.project_id, 'stadtprojekt-' || lpad(s.i::text, 4, '0'), 1,
       v.subject[1 + s.i % cardinality(v.subject)] || ' ' || v.district[1 + s.i % cardinality(v.district)],
       'Reden Sie mit: ' || v.subject[1 + s.i % cardinality(v.subject)] || ' in '
           || v.district[1 + s.i % cardinality(v.district)] || '.',
       'Die Stadt plant ' || v.subject[1 + s.i % cardinality(v.subject)] || ' und möchte Ihre Meinung hören.',
       format('{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}',
              s.lon0, s.lat0, s.lon0 + 0.008, s.lat0, s.lon0 + 0.008, s.lat0 + 0.005, s.lon0, s.lat0 + 0.005,
              s.lon0, s.lat0),
       'Team Bürgerbeteiligung', 'beteiligung@stadtdialog.example',
       case when s.i % 10 = 0 then 'DRAFT' when s.i % 10 = 5 then 'ARCHIVED' else 'PUBLISHED' end,
       case when s.i % 16 = 3 then 'PRIVATE' else 'PUBLIC' end,
       current_date + s.o - 30, current_date + least(s.o, 0) - 1,
       case when s.i % 10 = 0 then null else current_date + s.o - 20 end
from small s, vocab v;

insert into project_topic (project_id, topic_id)
select project_id, 1 + i % 8 from small union select project_id, 1 + (i * 3 + 1) % 8 from small;
insert into project_district (project_id, district_id) select project_id, 1 + i % 18 from small;

insert into phase (id, project_id, title, description, starts_on, ends_on, format_key, phase_kind, requirement)
select 1 + row_number() over (order by s.i, p.n), s.project_id, p.title, p.description,
       current_date + s.o + p.start_offset, current_date + s.o + p.end_offset, p.format_key, p.phase_kind,
       p.requirement
from small s
cross join lateral (values
    (1, 'Information', 'Worum es geht und wie es weitergeht.', 0, 30, 'information', 'inform', 'GUEST'),
    (2, case when s.has_ideas then 'Ideen sammeln' else 'Rückmeldungen' end, 'Ihre Meinung ist gefragt.', 31, 90,
        case when s.has_ideas then 'idea' else 'information' end,
        case when s.has_ideas then 'collect' else 'inform' end,
        case when s.has_ideas then 'ACCOUNT' else 'GUEST' end),
    (3, 'Ergebnisse', 'Was aus den Beiträgen geworden ist.', 91, 130, 'information', 'inform', 'GUEST')
) p(n, title, description, start_offset, end_offset, format_key, phase_kind, requirement);

insert into information_post (phase_id, title, body_md, published_on, author_id, created_at)
select ph.id, 'Neuigkeiten: ' || ph.title, 'Hier berichten wir, was seit dem Start passiert ist.', ph.starts_on, 1,
       ph.starts_on
from phase ph where ph.format_key = 'information' and ph.starts_on <= current_date;

\echo '>>' 'idea collections, categories, statuses'
-- --- Idea collections, categories and statuses ---

insert into idea_collection (project_id, show_map, location_mode, images_allowed, max_length, rating_mode,
    premoderation, edit_minutes, vote_limit, places, version)
select project_id, true, 'OPTIONAL', true, 2000, 'SUPPORT', false, 60, null, null, 0
from (select 1 as project_id union all select project_id from small where has_ideas) c;

insert into idea_category (id, project_id, name, colour, icon, position)
select row_number() over (order by c.project_id, k.position), c.project_id, k.name, k.colour, 'punkt', k.position
from idea_collection c
cross join (values (1, 'Verkehr und Mobilität', '#1b6e3a'), (2, 'Grün und Klima', '#1f5fa8'),
                   (3, 'Spielen und Sport', '#a3471b'), (4, 'Zusammenleben', '#6b3fa0'),
                   (5, 'Sauberkeit und Sicherheit', '#8a6d00')) k(position, name, colour);

insert into idea_status (id, project_id, name, colour, meaning, position)
select row_number() over (order by c.project_id, k.position), c.project_id, k.name, k.colour, k.meaning, k.position
from idea_collection c
cross join (values (1, 'Eingegangen', '#5a5a5a', 'RECEIVED'), (2, 'In Prüfung', '#1f5fa8', 'CHECKING'),
                   (3, 'Angenommen', '#1b6e3a', 'ACCEPTED'), (4, 'Umgesetzt', '#0b5d1e', 'DONE'),
                   (5, 'Abgelehnt', '#a3221b', 'REJECTED')) k(position, name, colour, meaning);

\echo '>>' 'plan: supports and comments per idea'
-- --- The plan: for every idea its project, time and how many supports and comments it gets ---
-- Supports and comments are heavy-tailed: a few ideas get thousands, most a handful. The idea with the
-- lowest id gets :big_comments comments.

create temp table plan_support as
select 1 + (rank * 7919 + 4242) % :ideas as idea_id, count(*)::int as n
from (select floor(:ideas * random() ^ 2)::bigint as rank from generate_series(1, :supports)) r
group by rank;

create temp table plan_comment as
select 2 + (rank * 104723) % (:ideas - 1) as idea_id, count(*)::int as n
from (select floor((:ideas - 1) * random() ^ 2)::bigint as rank
      from generate_series(1, :comments - :big_comments)) r
group by rank
union all
select 1, :big_comments;

create temp table plan as
select id, project_id, created_at, supports, comments,
       (comments + 1) / 2 as roots,
       case when comments / 3 = 0 then comments - (comments + 1) / 2 else comments / 3 end as d1,
       -- the comments of one idea get one block of ids: first the threads, then replies, then replies to replies
       coalesce(sum(comments) over (order by id rows between unbounded preceding and 1 preceding), 0) as cbase,
       lat0, lon0, width, height
from (
    -- the big project: ideas since the phase began, one after the other
    select i.id, 1::bigint as project_id,
           (current_date - 10)::timestamptz + (i.id - 0.5) / :ideas * (now() - (current_date - 10)::timestamptz)
               as created_at,
           coalesce(s.n, 0) as supports, coalesce(c.n, 0) as comments,
           49.40 as lat0, 7.70 as lon0, 0.08 as height, 0.14 as width
    from generate_series(1, :ideas) i(id)
    left join plan_support s on s.idea_id = i.id
    left join plan_comment c on c.idea_id = i.id
    union all
    -- the small collections: a few ideas each, with a few supports and comments
    select :ideas + row_number() over (order by s.i, k), s.project_id,
           (current_date + s.o + 31)::timestamptz
               + random() * (least(now(), (current_date + s.o + 91)::timestamptz) - (current_date + s.o + 31)::timestamptz),
           floor(random() ^ 2 * 15)::int, floor(random() ^ 2 * 6)::int,
           s.lat0, s.lon0, 0.005, 0.008
    from small s cross join generate_series(1, s.idea_count) k
) p;
alter table plan add primary key (id);

do $$
begin
    if (select max(supports) from plan) > (select count(*) from account) then
        raise exception 'An idea would get more supports than there are accounts: raise accounts';
    end if;
end $$;

\echo '>>' 'ideas'
-- --- Ideas ---
-- 15 % have no location; of the others a third is spread evenly, two thirds gather around twelve places
-- (the centre, the university, the stadium, ...). Two in five have a status; decided ones have an answer.

insert into idea (id, project_id, author_id, title, body, search_text, category_id, status_id, lat, lon, place,
    visibility, admitted, response_md, response_at, supports, opposes, comments, votes, created_at, updated_at,
    shuffle)
select id, project_id, author_id, title, body, lower(title || ' ' || body), category_id, status_id,
       case when located then greatest(lat0, least(lat0 + height, lat)) end,
       case when located then greatest(lon0, least(lon0 + width, lon)) end,
       null, 'PUBLISHED', false,
       case when meaning in ('ACCEPTED', 'DONE', 'REJECTED')
            then 'Vielen Dank für Ihre Idee. Wir haben sie geprüft; das Ergebnis sehen Sie am Status.' end,
       case when meaning in ('ACCEPTED', 'DONE', 'REJECTED') then created_at + (now() - created_at) / 2 end,
       supports, 0, comments, 0, created_at, created_at, floor(random() * 1000003)::int
from (
    select p.id, p.project_id, p.created_at, p.supports, p.comments, p.lat0, p.lon0, p.width, p.height,
           1 + floor(random() * :accounts)::bigint as author_id,
           t.title, t.body, r.located,
           (select c.id from idea_category c where c.project_id = p.project_id and c.position = r.category)
               as category_id,
           st.id as status_id, st.meaning,
           case when r.spread < 0.33 or p.project_id <> 1 then p.lat0 + r.u1 * p.height
                else h.lat + 0.006 * sqrt(-2 * ln(r.g1)) * cos(2 * pi() * r.g2) end as lat,
           case when r.spread < 0.33 or p.project_id <> 1 then p.lon0 + r.u2 * p.width
                else h.lon + 0.009 * sqrt(-2 * ln(r.g1)) * sin(2 * pi() * r.g2) end as lon
    from plan p
    cross join lateral (
        select random() >= 0.15 as located, random() as spread, random() as u1, random() as u2,
               1 - random() as g1, random() as g2, 1 + floor(random() * 12)::int as hotspot,
               1 + floor(random() * 5)::int as category,
               case when random() < 0.4 then 1 + floor(random() * 5)::int end as status,
               p.id as keep_per_row
    ) r
    cross join lateral (
        -- the title's thing and place come back in the description
        select 1 + floor(random() * cardinality(v.thing))::int as thing,
               1 + floor(random() * cardinality(v.place))::int as place,
               p.id as keep_per_row
        from vocab v
    ) w
    cross join lateral (
        select v.wish[1 + floor(random() * cardinality(v.wish))::int] || ' ' || v.thing[w.thing] || ' '
                   || v.place[w.place] as title,
               v.opener[1 + floor(random() * cardinality(v.opener))::int] || ' ' || v.thing[w.thing] || ' '
                   || v.place[w.place] || ' wären ein Gewinn für '
                   || v.district[1 + floor(random() * cardinality(v.district))::int] || '. Gerade '
                   || v.occasion[1 + floor(random() * cardinality(v.occasion))::int] || ' '
                   || v.problem[1 + floor(random() * cardinality(v.problem))::int] || '. Das würde '
                   || v.who[1 + floor(random() * cardinality(v.who))::int] || ' '
                   || v.effect[1 + floor(random() * cardinality(v.effect))::int] || '. '
                   || v.extra[1 + floor(random() * cardinality(v.extra))::int] as body,
               p.id as keep_per_row
        from vocab v
    ) t
    join (values (1, 49.4447, 7.7689), (2, 49.4240, 7.7520), (3, 49.4340, 7.7760), (4, 49.4460, 7.7480),
                 (5, 49.4560, 7.7700), (6, 49.4370, 7.7950), (7, 49.4290, 7.7300), (8, 49.4650, 7.7350),
                 (9, 49.4700, 7.8000), (10, 49.4150, 7.8150), (11, 49.4500, 7.8250), (12, 49.4100, 7.7150))
         h(n, lat, lon) on h.n = r.hotspot
    left join idea_status st on st.project_id = p.project_id and st.position = r.status
) i;

\echo '>>' 'supports'
-- --- Supports: one per person and idea, after the idea was written ---

insert into idea_rating (idea_id, account_id, rating, created_at)
select p.id, (p.id * 7919 + k::bigint * 104729) % :accounts + 1, 1,
       p.created_at + random() * (now() - p.created_at)
from plan p cross join lateral generate_series(0, p.supports - 1) k
where p.supports > 0;

\echo '>>' 'comments and comment ratings'
-- --- Comments: threads (depth 0), replies (1) and replies to replies (2), each after its parent ---
-- A comment's ups and downs come from idea_comment_rating rows inserted below.

insert into idea_comment (id, idea_id, root_id, parent_id, depth, author_id, body, visibility, ups, downs, score,
    created_at)
select id, idea_id, null, null, 0, author_id, body, 'PUBLISHED', ups, downs, ups - downs, created_at
from (
    select p.cbase + j as id, p.id as idea_id, 1 + floor(random() * :accounts)::bigint as author_id,
           v.reaction[1 + floor(random() * cardinality(v.reaction))::int] || ' Gerade '
               || v.occasion[1 + floor(random() * cardinality(v.occasion))::int] || ' '
               || v.problem[1 + floor(random() * cardinality(v.problem))::int] || '. '
               || v.extra[1 + floor(random() * cardinality(v.extra))::int] as body,
           floor(random() ^ 4 * 8)::int as ups, floor(random() ^ 6 * 3)::int as downs,
           p.created_at + random() * (now() - p.created_at) as created_at
    from plan p cross join generate_series(1, p.roots) j cross join vocab v
) c;

insert into idea_comment (id, idea_id, root_id, parent_id, depth, author_id, body, visibility, ups, downs, score,
    created_at)
select c.id, c.idea_id, parent.id, parent.id, 1, c.author_id, c.body, 'PUBLISHED', c.ups, c.downs, c.ups - c.downs,
       parent.created_at + c.delay * (now() - parent.created_at)
from (
    select p.cbase + p.roots + j as id, p.id as idea_id, p.cbase + 1 + floor(random() * p.roots)::bigint as parent_id,
           1 + floor(random() * :accounts)::bigint as author_id,
           v.reply[1 + floor(random() * cardinality(v.reply))::int] || ' Das würde '
               || v.who[1 + floor(random() * cardinality(v.who))::int] || ' '
               || v.effect[1 + floor(random() * cardinality(v.effect))::int] || '.' as body,
           floor(random() ^ 4 * 8)::int as ups, floor(random() ^ 6 * 3)::int as downs, random() ^ 2 as delay
    from plan p cross join generate_series(1, p.d1) j cross join vocab v
) c
join idea_comment parent on parent.id = c.parent_id;

insert into idea_comment (id, idea_id, root_id, parent_id, depth, author_id, body, visibility, ups, downs, score,
    created_at)
select c.id, c.idea_id, parent.root_id, parent.id, 2, c.author_id, c.body, 'PUBLISHED', c.ups, c.downs,
       c.ups - c.downs, parent.created_at + c.delay * (now() - parent.created_at)
from (
    select p.cbase + p.roots + p.d1 + j as id, p.id as idea_id,
           p.cbase + p.roots + 1 + floor(random() * p.d1)::bigint as parent_id,
           1 + floor(random() * :accounts)::bigint as author_id,
           v.reply[1 + floor(random() * cardinality(v.reply))::int] || ' '
               || v.extra[1 + floor(random() * cardinality(v.extra))::int] as body,
           floor(random() ^ 4 * 8)::int as ups, floor(random() ^ 6 * 3)::int as downs, random() ^ 2 as delay
    from plan p cross join generate_series(1, p.comments - p.roots - p.d1) j cross join vocab v
) c
join idea_comment parent on parent.id = c.parent_id;

insert into idea_comment_rating (comment_id, account_id, rating)
select c.id, (c.id * 7919 + k::bigint * 104729) % :accounts + 1, case when k < c.ups then 1 else -1 end
from idea_comment c cross join lateral generate_series(0, c.ups + c.downs - 1) k
where c.ups + c.downs > 0;

\echo '>>' 'participants'
-- --- Everyone who wrote, supported or commented, once per project ---

insert into idea_participant (project_id, account_id)
select project_id, author_id from idea where author_id is not null
union
select i.project_id, r.account_id from idea_rating r join idea i on i.id = r.idea_id
union
select i.project_id, c.author_id from idea_comment c join idea i on i.id = c.idea_id where c.author_id is not null;

\echo '>>' 'Vorhabenliste'
-- --- :plans entries of the Vorhabenliste: planned municipal projects in every status, a few with a map
-- area, a quarter linked to a participation project, each with one to three history entries (public.plan: the temporary
-- table plan above is the ideas' plan) ---

insert into public.plan (id, organisation_id, title, description, goals, affected_groups, estimated_cost_eur, status,
    timeline, next_steps, participation_planned, participation_note, advisory_board, contact_name, contact_email,
    contact_phone, council_links, area_geojson, created_at, updated_at)
select g, 1,
       v.subject[1 + g % cardinality(v.subject)] || ' ' || v.district[1 + (g * 7) % cardinality(v.district)]
           || ' (' || g || ')',
       'Die Stadt plant ' || v.subject[1 + g % cardinality(v.subject)] || ' im Stadtteil '
           || v.district[1 + (g * 7) % cardinality(v.district)] || '. ' || v.extra[1 + g % cardinality(v.extra)],
       'Mehr Lebensqualität im Stadtteil.', v.who[1 + g % cardinality(v.who)],
       case when g % 5 = 0 then null else (50 + (g * 7919) % 5000) * 1000 end,
       (array['PREPARATION', 'COUNCIL', 'DECIDED', 'IMPLEMENTATION', 'COMPLETED'])[1 + g % 5],
       'Planung ' || (2026 + g % 3) || ', Bau ab ' || (2027 + g % 4) || '.', 'Vorstellung im Ortsbeirat.',
       g % 3 <> 0, case when g % 3 <> 0 then 'Eine Beteiligung ist geplant.' end, g % 7 = 0,
       'Referat Stadtentwicklung', 'stadtentwicklung@stadtdialog.example', '0631 365-0', null,
       case when g % 4 = 0 then format('{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}',
           a.lon, a.lat, a.lon + 0.006, a.lat, a.lon + 0.006, a.lat + 0.004, a.lon, a.lat + 0.004, a.lon, a.lat) end,
       now() - (g % 700) * interval '1 day', now() - least(g % 700, g % 400) * interval '1 day'
from generate_series(1, :plans) g, vocab v,
     lateral (select 7.70 + (g * 37 % 100) / 100.0 * 0.13 as lon, 49.40 + (g * 61 % 100) / 100.0 * 0.07 as lat) a;

insert into plan_topic (plan_id, topic_id)
select id, 1 + id % 8 from public.plan union select id, 1 + (id * 5 + 2) % 8 from public.plan;
insert into plan_district (plan_id, district_id) select id, 1 + (id * 7) % 18 from public.plan;
insert into plan_project (plan_id, project_id)
select pl.id, 1 + pl.id * 3 from public.plan pl where pl.id % 4 = 1 and 1 + pl.id * 3 <= 1 + :small_projects;
insert into plan_history (plan_id, changed_at, changed_by, summary)
select pl.id, pl.created_at + k * (pl.updated_at - pl.created_at) / 3, 1,
       case k when 0 then 'Vorhaben angelegt' when 1 then 'Zeitplan ergänzt' else 'Status geändert' end
from public.plan pl cross join generate_series(0, pl.id % 3) k;

\echo '>>' 'sequences, commit'
-- --- Identity sequences continue after the explicit ids ---

do $$
declare
    t text;
begin
    foreach t in array array['account', 'organisation', 'topic', 'district', 'project', 'phase',
            'information_post', 'idea_category', 'idea_status', 'idea', 'idea_comment', 'plan_history'] loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), greatest(1, (select max(id) from %I)))',
                       t, t);
    end loop;
end $$;
select setval(pg_get_serial_sequence('public.plan', 'id'), greatest(1, (select max(id) from public.plan)));

commit;

-- Statistics for the planner, the visibility map for index-only scans, and a checkpoint, so neither
-- autovacuum nor a checkpoint of the load runs during the measurement.
\echo '>> vacuum (analyze), checkpoint'
vacuum (analyze);
checkpoint;

\timing off
select (select count(*) from account) as accounts,
       (select count(*) from project) as projects,
       (select count(*) from idea) as ideas,
       (select count(*) from idea_comment) as comments,
       (select count(*) from idea_rating) as supports,
       (select count(*) from idea_comment_rating) as comment_ratings,
       (select count(*) from idea_participant) as participants;

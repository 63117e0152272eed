-- Where the survey results page spends its time: EXPLAIN (ANALYZE, BUFFERS) of every query the page
-- /umfragen/<phase>/ergebnisse runs for the big survey of bench/generate-survey.sql, in the order the
-- application runs them (SurveyController.results, SurveyResults, SurveyRepository), and at the end the
-- query the export runs for each chunk of responses. Not part of bench/run; run it by hand against the
-- benchmark database while the application is stopped:
--
--   psql -h 127.0.0.1 -U postgres -d stadtdialog_bench -f bench/explain-survey.sql
--
-- The statements are the application's, with its parameters filled in; :channel is the filter of
-- ?kanal=papier ('PAPER'), the page without a filter leaves the channel condition out.

\set ON_ERROR_STOP on
\pset pager off

select ph.id as phase_id,
       (select id from survey_question where phase_id = ph.id and type = 'MULTIPLE' order by position limit 1) as multiple_id,
       (select string_agg(id::text, ',') from survey_question where phase_id = ph.id and type in ('SHORT_TEXT', 'LONG_TEXT'))
           as text_ids,
       (select id from survey_question where phase_id = ph.id and type = 'LONG_TEXT' limit 1) as text_id
from phase ph join project p on p.id = ph.project_id
where p.slug = 'umfrage-gross' and ph.format_key = 'survey' \gset
\set channel '''PAPER'''

\echo '=== every request: the stamp that tells whether the kept result is still exact (SurveyRepository.changeStamp)'
explain (analyze, buffers, costs off)
select (select max(updated_at) from survey_response where phase_id = :phase_id) as changed,
       (select version from survey where phase_id = :phase_id) as version,
       (select count(*) from survey_question where phase_id = :phase_id) as questions;

\echo '=== the number of responses (SurveyRepository.responses; on every request before 437e2be, now only in the back office)'
explain (analyze, buffers, costs off)
select count(*) from survey_response where phase_id = :phase_id;

\echo '=== responses per channel (SurveyRepository.responsesPerChannel; on every request before 437e2be, now with each count)'
explain (analyze, buffers, costs off)
select channel, count(*) from survey_response where phase_id = :phase_id group by channel;

\echo '=== counting (once per stamp, or every 30 s in the background): choices, all channels (choiceCounts)'
explain (analyze, buffers, costs off)
select a.question_id, a.choice, count(*) from survey_answer a
join survey_response r on r.id = a.response_id where r.phase_id = :phase_id and a.choice is not null
group by a.question_id, a.choice;

\echo '=== counting: choices, one channel (choiceCounts with ?kanal=papier)'
explain (analyze, buffers, costs off)
select a.question_id, a.choice, count(*) from survey_answer a
join survey_response r on r.id = a.response_id where r.phase_id = :phase_id and a.choice is not null
  and r.channel = :channel
group by a.question_id, a.choice;

\echo '=== counting: numbers and scales (numberCounts)'
explain (analyze, buffers, costs off)
select a.question_id, a.number_value, count(*) from survey_answer a
join survey_response r on r.id = a.response_id where r.phase_id = :phase_id and a.number_value is not null
group by a.question_id, a.number_value;

\echo '=== counting: people who answered a multiple-choice question, once per such question (answeredBy)'
explain (analyze, buffers, costs off)
select count(distinct a.response_id) from survey_answer a join survey_response r
on r.id = a.response_id where a.question_id = :multiple_id;

\echo '=== counting: the newest 50 texts, once per text question (texts)'
explain (analyze, buffers, costs off)
select a.text_value from survey_answer a join survey_response r
on r.id = a.response_id where a.question_id = :text_id and a.text_value is not null
order by a.response_id desc limit 50;

\echo '=== the same with a channel: the newest 50 texts on paper'
explain (analyze, buffers, costs off)
select a.text_value from survey_answer a join survey_response r
on r.id = a.response_id where a.question_id = :text_id and a.text_value is not null and r.channel = :channel
order by a.response_id desc limit 50;

\echo '=== the export (SurveyRepository.forEachResponse): one chunk of 2,000 responses with their answers, from the middle'
select min(id) + (max(id) - min(id)) / 2 as middle from survey_response where phase_id = :phase_id \gset
explain (analyze, buffers, costs off)
select r.id, r.channel, r.created_at, r.score, a.question_id, a.choice, a.number_value, a.text_value
from (select id, channel, created_at, score from survey_response where phase_id = :phase_id and id > :middle
      order by id limit 2000) r
left join survey_answer a on a.response_id = r.id
order by r.id;

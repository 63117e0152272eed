-- How a survey open to everyone (phase requirement "guest") keeps one response per person:
-- BROWSER: one response per browser (a cookie), with a limit per network address and hour;
-- CODE: one-time invitation codes the city prints and hands out (only their hashes are stored);
-- KIOSK: a tablet at an info stand, the form starts empty again after each response.
alter table survey add column guest_mode varchar(10) not null default 'BROWSER';
alter table survey_response add column browser_hash varchar(64);
alter table survey_response add column origin_hash varchar(64);
create index survey_response_browser on survey_response (phase_id, browser_hash);
create index survey_response_origin on survey_response (phase_id, origin_hash, created_at);

create table survey_code (
    code_hash    varchar(64) primary key,
    phase_id     bigint      not null references survey (phase_id) on delete cascade,
    created_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    response_id  bigint references survey_response (id) on delete set null
);
create index survey_code_phase on survey_code (phase_id);

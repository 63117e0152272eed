-- One form engine for four uses: a survey, a vote (one choice shown as cards, ranked result), a quiz
-- (correct answers, a score, explanations) and an application form (answers private to the initiator).
alter table survey add column purpose varchar(12) not null default 'SURVEY';   -- SURVEY, VOTE, QUIZ, APPLICATION
-- free-text answers are listed in the public results only after a moderator approved them
alter table survey add column texts_moderated boolean not null default false;

-- a section may start a new page of the form
alter table survey_question add column new_page boolean not null default false;
-- choice questions: an extra "Sonstiges" option with free text (stored as choice -1), shuffled order
alter table survey_question add column other_option boolean not null default false;
alter table survey_question add column shuffle boolean not null default false;
-- matrix questions: the statements, one per line; the options are the shared scale
alter table survey_question add column statements varchar(20000);
-- quizzes: the correct options' positions (comma-separated) and what the participant learns afterwards
alter table survey_question add column correct varchar(500);
alter table survey_question add column explanation varchar(2000);

-- image choice: one picture with its alternative text per option
create table survey_option_image (
    question_id  bigint       not null references survey_question (id) on delete cascade,
    position     integer      not null,
    image_key    varchar(200) not null,
    alt          varchar(500) not null,
    primary key (question_id, position)
);

-- the participant's receipt: the thanks page shows a quiz score or an application's confirmation
-- to whoever holds the token, without a session; only its hash is stored
alter table survey_response add column receipt_hash varchar(64);
alter table survey_response add column score integer;
create index survey_response_receipt on survey_response (receipt_hash);

-- moderation of free-text answers: null until reviewed, then APPROVED or HIDDEN
alter table survey_answer add column text_state varchar(10);

-- a half-filled form an account saved to finish later: the typed values and the page reached
create table survey_draft (
    phase_id     bigint       not null references survey (phase_id) on delete cascade,
    account_id   bigint       not null references account (id) on delete cascade,
    answers      varchar(200000) not null,
    page         integer      not null,
    saved_at     timestamp with time zone not null,
    primary key (phase_id, account_id)
);

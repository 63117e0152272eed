-- Guests (no account) may send ideas and comments where a phase allows it. They give a name to show
-- and an e-mail address for one confirmation link; the address is erased when they confirm.
alter table idea add column guest_name varchar(40);
alter table idea add column guest_email varchar(254);
alter table idea_comment add column guest_name varchar(40);
alter table idea_comment add column guest_email varchar(254);

create table idea_guest_token (
    token_hash  varchar(64) primary key,
    idea_id     bigint references idea (id) on delete cascade,
    comment_id  bigint references idea_comment (id) on delete cascade,
    email       varchar(254) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index idea_guest_token_email on idea_guest_token (email, created_at);

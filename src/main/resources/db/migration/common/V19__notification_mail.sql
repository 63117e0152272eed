-- How often each person wants notifications by e-mail, and which notifications still owe a mail.

create table notification_setting (
    account_id         bigint primary key references account (id) on delete cascade,
    frequency          varchar(10)  not null,
    unsubscribe_token  varchar(64)  not null,
    last_digest_at     timestamp with time zone
);
create unique index notification_setting_token on notification_setting (unsubscribe_token);

alter table notification add column mail_due boolean not null default false;
alter table notification add column emailed_at timestamp with time zone;
create index notification_mail_due on notification (account_id, mail_due, emailed_at);

-- Identities at external identity providers (OpenID Connect now, SAML next) that log in to an account.
-- provider is the registration id the city configured (e.g. 'bundid'), subject the provider's stable id
-- of the person. No e-mail or name from the provider is kept here.
create table account_identity (
    provider    varchar(100) not null,
    subject     varchar(255) not null,
    account_id  bigint       not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null,
    primary key (provider, subject)
);
create index account_identity_account on account_identity (account_id);

-- The Beteiligungskonzept every project states before it is published (participation guidelines).
-- Nullable, as projects published before the rule have none; the service enforces it on publishing.

alter table project add column concept_goal                  varchar(5000);
alter table project add column concept_audience              varchar(5000);
alter table project add column concept_open_to_influence     varchar(5000);
alter table project add column concept_fixed                 varchar(5000);
alter table project add column concept_formats_and_timeline  varchar(5000);
alter table project add column concept_use_of_results        varchar(5000);

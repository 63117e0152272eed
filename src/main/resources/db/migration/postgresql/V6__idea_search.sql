-- Full-text search in ideas uses "like '%word%'" on every database; on PostgreSQL a trigram
-- index answers it without reading the whole collection.
create extension if not exists pg_trgm;
create index idea_search on idea using gin (search_text gin_trgm_ops);

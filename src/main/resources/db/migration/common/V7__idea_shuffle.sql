-- The random order of the idea list: every idea gets a fixed place in a shuffled circle, and a
-- visitor's seed picks where in the circle their list starts. Paging walks an index, so the random
-- order costs no more than "newest first", and it stays the same while the visitor pages.
alter table idea add column shuffle integer not null default 0;
update idea set shuffle = mod(id * 7919, 1000003);
create index idea_shuffled on idea (project_id, visibility, shuffle, id);

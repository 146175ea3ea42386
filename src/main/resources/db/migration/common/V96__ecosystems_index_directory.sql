-- The ecosystem directory is searched and paged in SQL (order by name_search, id, 21 at a
-- time) instead of in a cached copy of the whole table filtered at each request: this index
-- gives the rows in that order, so that a page stops after its ecosystems. It replaces the
-- index on the name alone.
CREATE INDEX ecosystem_directory_idx ON ecosystem (name_search, id);
DROP INDEX ecosystem_name_idx;

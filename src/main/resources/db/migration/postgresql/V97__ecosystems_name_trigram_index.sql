-- A word of an ecosystem's name is searched anywhere in it (name_search like '%word%'): the
-- trigram index finds the few ecosystems that hold it without reading the others.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ecosystem_name_trgm_idx ON ecosystem USING gin (name_search gin_trgm_ops);

-- The word index read in name order (CompanyDirectory, WordWindow): each word row carries the
-- legal name of its company, and one index gives, for a word, its companies already sorted by
-- name, so that a page of results reads about as many rows as it shows, wherever the names of
-- a word's companies sort (bench/README.md). Words compare byte by byte (COLLATE "C"): the same
-- index then answers a beginning of a word (LIKE 'word%') and the prefix index of V101 goes.
ALTER TABLE company_search_word ADD COLUMN legal_name VARCHAR(200);
UPDATE company_search_word w SET legal_name = p.legal_name FROM company_profile p WHERE p.company_id = w.company_id;
ALTER TABLE company_search_word ALTER COLUMN legal_name SET NOT NULL;
DROP INDEX company_search_word_prefix_idx;
ALTER TABLE company_search_word ALTER COLUMN word TYPE VARCHAR(40) COLLATE "C";
CREATE INDEX company_search_word_order_idx ON company_search_word (word, legal_name, company_id) INCLUDE (visibility);

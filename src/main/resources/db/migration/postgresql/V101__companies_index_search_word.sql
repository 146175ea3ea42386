-- Words found by their beginning (LIKE 'word%'): varchar_pattern_ops makes the index answer
-- a prefix whatever the database's collation.
CREATE INDEX company_search_word_prefix_idx ON company_search_word (word varchar_pattern_ops, company_id);

-- The trigram indexes of V7 served the former substring search ('%word%'); the word index
-- replaces them (bench/README.md: a word found nowhere read 949 buffers of them at 10x, 3 of
-- the word index), and they no longer cost each profile's save.
DROP INDEX company_profile_name_trgm_idx;
DROP INDEX company_profile_trade_trgm_idx;
DROP INDEX company_profile_capability_trgm_idx;

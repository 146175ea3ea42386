-- Words found by their beginning (LIKE 'word%'), as on PostgreSQL.
CREATE INDEX company_search_word_prefix_idx ON company_search_word (word, company_id);

-- The word index read in name order, as on PostgreSQL (see the PostgreSQL variant).
ALTER TABLE company_search_word ADD COLUMN legal_name VARCHAR(200);
UPDATE company_search_word w SET legal_name = (SELECT p.legal_name FROM company_profile p WHERE p.company_id = w.company_id);
ALTER TABLE company_search_word ALTER COLUMN legal_name SET NOT NULL;
DROP INDEX company_search_word_prefix_idx;
CREATE INDEX company_search_word_order_idx ON company_search_word (word, legal_name, company_id, visibility);

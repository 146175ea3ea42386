-- Substring search on names and capabilities over tens of thousands of companies.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX company_profile_name_trgm_idx ON company_profile USING gin (name_search gin_trgm_ops);
CREATE INDEX company_profile_trade_trgm_idx ON company_profile USING gin (trade_search gin_trgm_ops);
CREATE INDEX company_profile_capability_trgm_idx ON company_profile USING gin (capability_search gin_trgm_ops);

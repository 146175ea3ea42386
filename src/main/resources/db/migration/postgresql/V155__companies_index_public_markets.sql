-- Partner suggestions look, per market, for the latest companies that show their markets
-- publicly (PartnerSearch.candidates). Without these partial indexes PostgreSQL scanned every
-- profile for each market asked (41 ms for one market on 20,000 companies, growing with the
-- platform); with them it reads the companies that show their markets, newest first, and stops
-- at the limit. H2 (the development database) has no partial index and needs none.
CREATE INDEX company_profile_public_targeted_idx ON company_profile (company_id)
    WHERE public_fields LIKE '%,MARKETS_TARGETED,%';
CREATE INDEX company_profile_public_served_idx ON company_profile (company_id)
    WHERE public_fields LIKE '%,MARKETS_SERVED,%';

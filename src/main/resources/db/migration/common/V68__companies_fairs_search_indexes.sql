-- Indexes for searches whose cost grew with the whole dataset (bench/README.md, "EXPLAIN of the
-- varied pages", measured on the bench dataset at 1x and 10x: 20,000 and 200,000 companies,
-- 500 and 5,000 fairs).

-- The company directory's search with a region lists that region's companies in name order
-- (order by legal_name, company_id, 26 at a time): PostgreSQL now walks the region's entries in
-- that order instead of every company's through company_profile_name_idx, checking each
-- against the search words. "moteurs electriques" in Bretagne: 19,189 -> 869 buffers at 1x,
-- 253,075 buffers (4.8 s) -> 8,424 buffers (83 ms) at 10x.
CREATE INDEX company_profile_region_name_idx ON company_profile (region, legal_name, company_id);

-- The fair calendar lists upcoming fairs in date order (order by starts_on, name_search, id,
-- 25 at a time): PostgreSQL now reads them in that order and stops after the page, instead of
-- reading and sorting every fair that has not ended. Page 1 of the whole calendar at 10x:
-- 10.2 ms (a sort of 4,609 fairs) -> 0.4 ms.
CREATE INDEX fair_calendar_idx ON fair (starts_on, name_search, id);

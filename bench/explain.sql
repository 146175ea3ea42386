-- EXPLAIN (ANALYZE, BUFFERS) of the main queries of each page of the varied workloads, as the
-- application sends them (taken from its SQL log: logging.level.org.springframework.jdbc.core=TRACE,
-- org.hibernate.SQL=DEBUG, org.hibernate.orm.jdbc.bind=TRACE), with parameters drawn as the
-- wrk scripts draw them. Run on a bench database after bench/run.sh (any BENCH_SCALE):
--   psql -h 127.0.0.1 -U postgres -X -d coopex_bench -f bench/explain.sql > bench/results/explain-1x.txt
-- Each query runs twice and the second plan is the one to read (the first warms the cache).
-- Queries that grow with the whole dataset show a Seq Scan, or an index scan whose "rows"
-- grow tenfold at BENCH_SCALE=10; see bench/README.md for what each one does at 1x and 10x.
\set ON_ERROR_STOP on
\pset pager off
SET client_min_messages = warning;

-- The session of member-1 (company 1) and the companies it shares an ecosystem with: the
-- application binds them as an array.
SELECT u.id AS me_user, u.organisation_id AS me FROM user_account u WHERE u.email = 'member-1@bench.coopex.test' \gset
SELECT '{' || coalesce(string_agg(DISTINCT m2.company_id::text, ','), '') || '}' AS peers
FROM ecosystem_membership m1
JOIN ecosystem_membership m2 ON m2.ecosystem_id = m1.ecosystem_id AND m2.status = 'ACTIVE'
JOIN ecosystem e ON e.id = m1.ecosystem_id AND e.status <> 'DISSOLVED'
WHERE m1.company_id = :me AND m1.status = 'ACTIVE' \gset
-- a stand and pool of member-1's, other than the fixed stand 1
SELECT min(stand_id) AS stand FROM stand_booking WHERE company_id = :me AND stand_id > 1 \gset
SELECT :stand AS pool \gset
SELECT (SELECT count(*) FROM organisation WHERE kind = 'COMPANY') AS companies, (SELECT count(*) FROM fair) AS fairs \gset
\echo companies :companies, fairs :fairs, member-1 company :me, stand and pool :stand

\echo
-- The company search (CompanyDirectory): the query's longest words (up to three) looked up in
-- the word index company_search_word (V99-V101) as literal prefixes, then the words in order
-- at the start of words of a field the viewer sees.
\echo ==== company search: a common word ("ateliers"), no region, page 1
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'ateliers%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% ateliers%' or (p.trade_search like '% ateliers%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% ateliers%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'ateliers%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% ateliers%' or (p.trade_search like '% ateliers%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% ateliers%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
\echo ==== company search: a short word ("du"), page 5
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'du%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% du%' or (p.trade_search like '% du%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% du%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 100;
\echo ==== company search: three words found nowhere ("manufacture automates zz")
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'manufacture%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and p.company_id in (select w.company_id from company_search_word w where w.word like 'automates%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and p.company_id in (select w.company_id from company_search_word w where w.word like 'zz%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% manufacture automates zz%' or (p.trade_search like '% manufacture automates zz%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% manufacture automates zz%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'manufacture%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and p.company_id in (select w.company_id from company_search_word w where w.word like 'automates%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and p.company_id in (select w.company_id from company_search_word w where w.word like 'zz%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% manufacture automates zz%' or (p.trade_search like '% manufacture automates zz%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% manufacture automates zz%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
\echo ==== company search: a word found nowhere ("zz")
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'zz%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% zz%' or (p.trade_search like '% zz%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% zz%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
\echo ==== company search: a rare word (a number of the names, "6088")
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like '6088%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% 6088%' or (p.trade_search like '% 6088%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% 6088%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers')))))
order by p.legal_name, p.company_id limit 26 offset 0;
\echo ==== company search: a product ("moteurs electriques") in a region (Bretagne, 53)
EXPLAIN (ANALYZE, BUFFERS)
select p.company_id from company_profile p where 1 = 1 and p.company_id in (select w.company_id from company_search_word w where w.word like 'electriques%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and p.company_id in (select w.company_id from company_search_word w where w.word like 'moteurs%' and (w.visibility = 'PUBLIC' or w.company_id = :me or (w.visibility = 'ECOSYSTEM' and w.company_id = any(:'peers')))) and (p.name_search like '% moteurs electriques%' or (p.trade_search like '% moteurs electriques%' and (p.company_id = :me or p.public_fields like '%,TRADE_NAME,%' or (p.ecosystem_fields like '%,TRADE_NAME,%' and p.company_id = any(:'peers')))) or (p.capability_search like '% moteurs electriques%' and (p.company_id = :me or p.public_fields like '%,PRODUCTS,%' or (p.ecosystem_fields like '%,PRODUCTS,%' and p.company_id = any(:'peers'))))) and p.region = '53' and (p.company_id = :me or p.public_fields like '%,REGION,%' or (p.ecosystem_fields like '%,REGION,%' and p.company_id = any(:'peers')))
order by p.legal_name, p.company_id limit 26 offset 0;

\echo
\echo ==== company card (and every signed-in page that shows companies): the ecosystem peers of the viewer
EXPLAIN (ANALYZE, BUFFERS)
select distinct other.company_id from ecosystem_membership mine
join ecosystem_membership other on other.ecosystem_id = mine.ecosystem_id and other.status = 'ACTIVE'
where mine.company_id = :me and mine.status = 'ACTIVE'
  and (select e.status from ecosystem e where e.id = mine.ecosystem_id) <> 'DISSOLVED';
\echo ==== company card: the visibility of a profile
EXPLAIN (ANALYZE, BUFFERS)
select v1_0.company_id,v1_0.field,v1_0.visibility from company_visibility v1_0 where v1_0.company_id=12345;

\echo
\echo ==== ecosystem directory: page 5 of the whole directory, then a word of the names, then a market and a sector
PREPARE ecosystem_directory(text, int) AS
select e.id, e.name, e.purpose, e.coordination, e.status, e.open_to_members, e.charter_version,
       (select count(*) from ecosystem_membership m where m.ecosystem_id = e.id and m.status = 'ACTIVE')
from ecosystem e where e.status <> 'DISSOLVED' and e.name_search like $1 escape '\'
order by e.name_search, e.id limit 21 offset $2;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE ecosystem_directory('%%', 80);
EXPLAIN (ANALYZE, BUFFERS) EXECUTE ecosystem_directory('%robotique%', 0);
EXPLAIN (ANALYZE, BUFFERS)
select e.id from ecosystem e where e.status <> 'DISSOLVED'
  and exists (select 1 from ecosystem_market k where k.ecosystem_id = e.id and k.code = 'BR')
  and exists (select 1 from ecosystem_sector s where s.ecosystem_id = e.id and s.division = '28')
order by e.name_search, e.id limit 21 offset 0;
\echo ==== ecosystem directory: the markets and sectors of the page's ecosystems
EXPLAIN (ANALYZE, BUFFERS)
select ecosystem_id, 'M', code from ecosystem_market where ecosystem_id in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
union all
select ecosystem_id, 'S', division from ecosystem_sector where ecosystem_id in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
order by 1, 2, 3;
\echo ==== ecosystem page: members counted, then listed
EXPLAIN (ANALYZE, BUFFERS)
select count(m1_0.id) from ecosystem_membership m1_0 where m1_0.ecosystem_id=42 and m1_0.status='ACTIVE';
EXPLAIN (ANALYZE, BUFFERS)
select m1_0.id,m1_0.company_id,m1_0.role,m1_0.status,m1_0.requested_at from ecosystem_membership m1_0 where m1_0.ecosystem_id=42 and m1_0.status='ACTIVE' order by m1_0.requested_at;

\echo
\echo ==== fair calendar: upcoming fairs, page 1, counted then listed
EXPLAIN (ANALYZE, BUFFERS)
select count(*) from fair f where 1 = 1 and f.ends_on >= current_date;
EXPLAIN (ANALYZE, BUFFERS)
select f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at from fair f where 1 = 1 and f.ends_on >= current_date order by f.starts_on, f.name_search, f.id limit 25 offset 0;
\echo ==== fair calendar: a country and a sector, page 3
EXPLAIN (ANALYZE, BUFFERS)
select f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at from fair f where 1 = 1 and f.ends_on >= current_date and f.country = 'DE' and exists (select 1 from fair_sector s where s.fair_id = f.id and s.code in ('28', 'C')) order by f.starts_on, f.name_search, f.id limit 25 offset 50;
\echo ==== fair calendar: a word of the names ("expo")
EXPLAIN (ANALYZE, BUFFERS)
select f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at from fair f where 1 = 1 and f.name_search like '%expo%' escape '\' and f.ends_on >= current_date order by f.starts_on, f.name_search, f.id limit 25 offset 0;

\echo
\echo ==== fair page: the fair, its editions (the series), the stands there of the ecosystems of the viewer
EXPLAIN (ANALYZE, BUFFERS)
select f.id, coalesce(f.series_id, f.id) as series, f.name from fair f where f.id = 180;
EXPLAIN (ANALYZE, BUFFERS)
select f.id, coalesce(f.series_id, f.id) as series, f.name, f.organiser, f.city, f.country, f.venue, f.starts_on, f.ends_on, f.website, f.description, f.version, f.updated_at from fair f where coalesce(f.series_id, f.id) = 180 order by f.starts_on desc;
EXPLAIN (ANALYZE, BUFFERS)
select s1_0.id,s1_0.ecosystem_id,s1_0.status from stand s1_0 where s1_0.fair_id=180 and s1_0.ecosystem_id in (1, 2, 3, 33, 65, 97, 129, 161, 193, 225, 257, 289, 321, 353);
\echo ==== fair page and stand page: one query per ecosystem of the viewer
EXPLAIN (ANALYZE, BUFFERS)
select e.name, exists (select 1 from ecosystem_coordinator c where c.ecosystem_id = e.id and c.user_id = :me_user), exists (select 1 from ecosystem_membership m where m.ecosystem_id = e.id and m.company_id = :me and m.status = 'ACTIVE') from ecosystem e where e.id = 33;

\echo
\echo ==== stand page: the stand with its fair, then its bookings
EXPLAIN (ANALYZE, BUFFERS)
select s.fair_id, s.ecosystem_id, s.total_area, s.min_share, s.booking_deadline, s.description, s.status, s.pool_id, s.version, f.name, f.city, f.country, f.starts_on, f.ends_on from stand s join fair f on f.id = s.fair_id where s.id = :stand;
EXPLAIN (ANALYZE, BUFFERS)
select id, company_id, area, status, booked_at, version from stand_booking where stand_id = :stand order by booked_at, id;

\echo
\echo ==== pool page and statement: access, then the content of the pool
EXPLAIN (ANALYZE, BUFFERS)
select p.*, exists (select 1 from ledger_pool_manager m where m.pool_id = p.id and m.user_id = :me_user) as named_manager, exists (select 1 from ledger_participant x where x.pool_id = p.id and x.company_id = :me) as participant from ledger_pool p where p.id = :pool;
EXPLAIN (ANALYZE, BUFFERS)
select * from ledger_participant where pool_id = :pool order by company_name, company_id;
EXPLAIN (ANALYZE, BUFFERS)
select f.item_id, f.company_id, f.amount from ledger_fixed_amount f join ledger_cost_item i on i.id = f.item_id where i.pool_id = :pool;
EXPLAIN (ANALYZE, BUFFERS)
select company_id, kind, sum(amount) from ledger_entry where pool_id = :pool group by company_id, kind;

\echo
\echo ==== every signed-in page: unread notifications
EXPLAIN (ANALYZE, BUFFERS)
select count(*) from notification where user_id = :me_user and read_at is null;

\echo
\echo ==== partner suggestions: per market of the viewer (up to 12), the companies showing it (PartnerSearch.candidates, V155)
EXPLAIN (ANALYZE, BUFFERS)
select c.id from ((select m.company_id as id from company_market m join company_profile p on p.company_id = m.company_id where m.code = 'DE' and m.kind = 'TARGETED' and p.public_fields like '%,MARKETS_TARGETED,%' and m.company_id <> :me and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id) order by m.company_id desc limit 150) union (select m.company_id as id from company_market m join company_profile p on p.company_id = m.company_id where m.code = 'DE' and m.kind = 'SERVED' and p.public_fields like '%,MARKETS_SERVED,%' and m.company_id <> :me and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id) order by m.company_id desc limit 150) union (select m.company_id as id from company_market m join company_profile p on p.company_id = m.company_id where m.code = 'DE' and m.company_id = any(:'peers') and ((m.kind = 'TARGETED' and p.ecosystem_fields like '%,MARKETS_TARGETED,%') or (m.kind = 'SERVED' and p.ecosystem_fields like '%,MARKETS_SERVED,%')) and m.company_id <> :me and not exists (select 1 from company_suggestion_opt_out o where o.company_id = m.company_id))) c order by c.id desc limit 150;

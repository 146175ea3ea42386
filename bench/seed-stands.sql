-- Benchmark dataset, part 5 (stands and pools), loaded after bench/seed-ledger.sql, for the
-- varied workloads (bench/varied/): 400 more shared stands (times the scale), ids 2..401, each
-- with its cost pool (same id), as the application leaves them when a coordinator opens a stand
-- and members book it (StandManagement.open and book, Ledger.openPool and join):
--   - stand n + 1 belongs to the n-th ACTIVE ecosystem after ecosystem 1 (one stand each), at an
--     upcoming fair, opened by one of the ecosystem's coordinators, 1,000 m², open for booking;
--   - every ACTIVE member of that ecosystem books 6 to 24 m² (at most 41 bookings: 1,000 m² is
--     never exceeded); the company of one of member-1 .. member-32 joins the ecosystem first
--     for every (32 x scale)-th stand (member-k for stand n + 1 when n % (32 x scale) = k - 1),
--     so that each of the 32 MEMBER sessions of the bench takes part in about 13 of these stands
--     and their pools at any scale (as many memberships as a real company), spread over the
--     whole range of ids: 400 of the stands have a bench session among their participants;
--   - the pool (owner STAND, split by area, open, not posted) has one participant per booking
--     with the company's name, headcount (top of its band) and first-time exporter flag as
--     StandManagement takes them, five cost items and a 50% subsidy on space for SMEs.
-- Nothing is posted: the ledger's append-only tables (entries, postings, lines, payments) stay
-- empty for these pools, so their PostgreSQL triggers are not involved.
\set ON_ERROR_STOP on
-- The dataset's size (see bench/seed.sql): run.sh passes -v scale=N (BENCH_SCALE).
\if :{?scale}
\else
\set scale 1
\endif
SELECT 400 * :scale AS stands \gset

BEGIN;

CREATE TEMPORARY TABLE bench_stand ON COMMIT DROP AS
SELECT 1 + n AS id, e.id AS ecosystem_id, n
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ecosystem WHERE id > 1 AND status = 'ACTIVE') AS e
WHERE n <= :stands;

-- The fair of each stand: upcoming ones in turn.
CREATE TEMPORARY TABLE bench_fair ON COMMIT DROP AS
SELECT id, name, starts_on, row_number() OVER (ORDER BY id) - 1 AS k
FROM fair WHERE starts_on > current_date + 40;

-- member-k's company joins the ecosystem of every (32 x scale)-th stand.
INSERT INTO ecosystem_membership (ecosystem_id, company_id, role, status, charter_version_accepted, requested_at,
                                  decided_at)
SELECT s.ecosystem_id, u.organisation_id, 'MEMBER', 'ACTIVE', 1, now() - interval '40 days', now() - interval '39 days'
FROM bench_stand s
JOIN user_account u ON u.email = 'member-' || (1 + s.n % (32 * :scale)) || '@bench.coopex.test'
WHERE s.n % (32 * :scale) < 32
ON CONFLICT (ecosystem_id, company_id) DO NOTHING;

INSERT INTO stand (id, fair_id, ecosystem_id, total_area, min_share, booking_deadline, description, status, pool_id,
                   opened_by, created_at, updated_at)
SELECT s.id, f.id, s.ecosystem_id, 1000, 6, least(f.starts_on - 20, current_date + 150),
       'Pavillon commun ' || s.id || ', hall ' || (1 + s.id % 9) || '.', 'OPEN', s.id,
       coalesce((SELECT min(c.user_id) FROM ecosystem_coordinator c WHERE c.ecosystem_id = s.ecosystem_id), 1),
       now() - interval '30 days', now() - interval '30 days'
FROM bench_stand s
JOIN bench_fair f ON f.k = s.n % (SELECT count(*) FROM bench_fair);
SELECT setval(pg_get_serial_sequence('stand', 'id'), (SELECT max(id) FROM stand));

INSERT INTO stand_booking (stand_id, company_id, area, status, booked_by, booked_at, updated_at)
SELECT s.id, m.company_id, 6 + (m.company_id % 7) * 3, 'BOOKED',
       coalesce(fu.user_id, st.opened_by),
       now() - ((m.company_id % 500) || ' minutes')::interval - interval '1 day', now() - interval '1 day'
FROM bench_stand s
JOIN stand st ON st.id = s.id
JOIN ecosystem_membership m ON m.ecosystem_id = s.ecosystem_id AND m.status = 'ACTIVE'
LEFT JOIN (SELECT organisation_id, min(id) AS user_id FROM user_account GROUP BY organisation_id) AS fu
       ON fu.organisation_id = m.company_id;

INSERT INTO ledger_pool (id, owner_kind, owner_id, ecosystem_id, title, default_key, status, created_by, created_at,
                         updated_at)
SELECT s.id, 'STAND', s.id, s.ecosystem_id,
       CASE WHEN position(extract(year FROM f.starts_on)::text IN f.name) > 0 THEN f.name
            ELSE f.name || ' ' || extract(year FROM f.starts_on) END,
       'BY_AREA', 'OPEN', st.opened_by, st.created_at, st.created_at
FROM bench_stand s
JOIN stand st ON st.id = s.id
JOIN fair f ON f.id = st.fair_id;
SELECT setval(pg_get_serial_sequence('ledger_pool', 'id'), (SELECT max(id) FROM ledger_pool));

INSERT INTO ledger_participant (pool_id, company_id, company_name, area, weight, headcount, first_time_exporter,
                                previous_participations, status, joined_at)
SELECT b.stand_id, b.company_id, coalesce(p.trade_name, p.legal_name, o.name), b.area, 1,
       CASE p.headcount_band WHEN 'FROM_10_TO_19' THEN 19 WHEN 'FROM_20_TO_49' THEN 49 WHEN 'FROM_50_TO_99' THEN 99
                             WHEN 'FROM_100_TO_199' THEN 199 WHEN 'FROM_200_TO_249' THEN 249 END,
       coalesce(p.export_situation = 'NEVER_EXPORTED', false), 0, 'ACTIVE', b.booked_at
FROM stand_booking b
JOIN bench_stand s ON s.id = b.stand_id
JOIN organisation o ON o.id = b.company_id
LEFT JOIN company_profile p ON p.company_id = b.company_id;

INSERT INTO ledger_cost_item (pool_id, label, category, amount, vat_rate, paid_by, allocation_key)
SELECT s.id, v.label, v.category, v.amount + (s.id % 10) * 100, 20, 'COORDINATION', v.k
FROM bench_stand s,
     (VALUES ('Surface nue', 'SPACE', 150000.00, NULL),
             ('Construction du stand', 'BUILD', 52000.00, NULL),
             ('Mobilier', 'FURNITURE', 9100.00, NULL),
             ('Inscription', 'REGISTRATION', 8000.00, 'EQUAL'),
             ('Interprète', 'INTERPRETER', 3600.00, 'HEADCOUNT_BAND')) AS v(label, category, amount, k);

INSERT INTO ledger_subsidy (pool_id, label, rate, categories, max_headcount, first_time_only)
SELECT s.id, 'Région — aide aux salons', 50, 'SPACE', 249, false
FROM bench_stand s;

COMMIT;

ANALYZE ecosystem_membership;
ANALYZE stand;
ANALYZE stand_booking;
ANALYZE ledger_pool;
ANALYZE ledger_participant;
ANALYZE ledger_cost_item;
ANALYZE ledger_subsidy;

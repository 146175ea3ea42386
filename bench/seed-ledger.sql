-- The ledger's bench data, loaded after bench/seed-fairs.sql: the cost pool (id 1) of stand 1
-- in ecosystem 1, attached to it as the application does when a stand opens, with the stand's
-- 40 bookings as participants (the companies of member-1 to member-40, so that every MEMBER
-- session of the bench takes part), five cost items, a 50% subsidy on space for SMEs; run by
-- coordinator-1 to coordinator-32 (named managers). Not posted: the page and the statements
-- compute the split each time.
\set ON_ERROR_STOP on

BEGIN;

INSERT INTO ledger_pool (owner_kind, owner_id, ecosystem_id, title, default_key, status, created_by, created_at,
                         updated_at)
SELECT 'STAND', 1, 1, 'Bench — stand partagé de 40 exposants', 'BY_AREA', 'OPEN', u.id, now(), now()
FROM user_account u WHERE u.email = 'member-1@bench.coopex.test';

UPDATE stand SET pool_id = (SELECT id FROM ledger_pool WHERE owner_kind = 'STAND' AND owner_id = 1) WHERE id = 1;

INSERT INTO ledger_pool_manager (pool_id, user_id)
SELECT p.id, u.id FROM ledger_pool p, user_account u
WHERE p.owner_kind = 'STAND' AND p.owner_id = 1 AND u.email IN (SELECT 'coordinator-' || n || '@bench.coopex.test' FROM generate_series(1, 32) n);

INSERT INTO ledger_participant (pool_id, company_id, company_name, area, weight, headcount, first_time_exporter,
                                previous_participations, status, joined_at)
SELECT p.id, o.id, o.name, b.area, 1, 10 + (o.id * 37) % 400, o.id % 5 = 0, o.id % 4, 'ACTIVE', b.booked_at
FROM ledger_pool p
     JOIN stand_booking b ON b.stand_id = p.owner_id AND b.status = 'BOOKED'
     JOIN organisation o ON o.id = b.company_id
WHERE p.owner_kind = 'STAND' AND p.owner_id = 1;

INSERT INTO ledger_cost_item (pool_id, label, category, amount, vat_rate, paid_by, allocation_key)
SELECT p.id, v.label, v.category, v.amount, 20, 'COORDINATION', v.k
FROM ledger_pool p,
     (VALUES ('Surface nue', 'SPACE', 126000.00, NULL),
             ('Construction du stand', 'BUILD', 45000.00, NULL),
             ('Mobilier', 'FURNITURE', 8333.33, NULL),
             ('Inscription', 'REGISTRATION', 12000.00, 'EQUAL'),
             ('Interprète', 'INTERPRETER', 3600.00, 'HEADCOUNT_BAND')) AS v(label, category, amount, k)
WHERE p.owner_kind = 'STAND' AND p.owner_id = 1;

INSERT INTO ledger_subsidy (pool_id, label, rate, categories, max_headcount, first_time_only)
SELECT p.id, 'Région — aide aux salons', 50, 'SPACE', 249, false
FROM ledger_pool p WHERE p.owner_kind = 'STAND' AND p.owner_id = 1;

COMMIT;

ANALYZE ledger_pool;
ANALYZE ledger_participant;

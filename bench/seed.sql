-- Benchmark dataset, loaded by bench/run.sh into an empty database migrated by Flyway.
--   20,000 companies with unique, Luhn-valid 9-digit SIRENs (times the scale, see below)
--   50 coordination bodies, 10 agencies, 1 platform
--   2,000 users: 1,800 MEMBER, 150 COORDINATOR, 40 AGENCY, 10 ADMIN, all second-factor exempt
-- Every user signs in as <role>-<n>@bench.coopex.test (lower-case role, n from 1) with the
-- password Bench-Passw0rd! (one bcrypt hash, cost 12, computed once with Spring Security's
-- BCryptPasswordEncoder).
\set ON_ERROR_STOP on
-- The dataset's size: run.sh passes -v scale=N (BENCH_SCALE, 1 or 10). The companies take ids
-- from 1; the coordination bodies, agencies and platform come right after them.
\if :{?scale}
\else
\set scale 1
\endif
SELECT 20000 * :scale AS companies \gset

BEGIN;

-- Companies: ids 1 to 20,000 times the scale. The SIREN payload 10000000 + 37 i is unique; the ninth digit is
-- the Luhn key (digits at even positions from the right are doubled).
INSERT INTO organisation (id, kind, name, siren, created_at)
SELECT i, 'COMPANY',
       (ARRAY['Ateliers', 'Maison', 'Société', 'Manufacture', 'Laboratoires', 'Domaine', 'Industries', 'Compagnie'])[1 + i % 8]
           || ' ' || (ARRAY['du Rhône', 'de Bretagne', 'Occitanes', 'du Jura', 'Normandes', 'des Alpes', 'de Loire', 'Picardes', 'du Sud-Ouest', 'Lorraines'])[1 + (i / 8) % 10]
           || ' ' || i,
       lpad((p * 10 + (10 - luhn.s % 10) % 10)::text, 9, '0'),
       now() - (i % 1500) * interval '1 day'
FROM (SELECT i, 10000000::bigint + 37 * i AS p FROM generate_series(1, :companies) AS i) AS base
CROSS JOIN LATERAL (
    SELECT sum(CASE WHEN k % 2 = 0 THEN (2 * d) % 10 + (2 * d) / 10 ELSE d END) AS s
    FROM (SELECT k, ((p / (10::bigint ^ k)::bigint) % 10)::int AS d FROM generate_series(0, 7) AS k) AS digits
) AS luhn;

INSERT INTO organisation (id, kind, name, siren, created_at)
SELECT :companies + i, 'COORDINATION_BODY', 'CCI Bench ' || i, NULL, now() - interval '400 days'
FROM generate_series(1, 50) AS i;

INSERT INTO organisation (id, kind, name, siren, created_at)
SELECT :companies + 50 + i, 'AGENCY', 'Agence Bench ' || i, NULL, now() - interval '400 days'
FROM generate_series(1, 10) AS i;

INSERT INTO organisation (id, kind, name, siren, created_at)
VALUES (:companies + 61, 'PLATFORM', 'Coopex', NULL, now() - interval '400 days');

SELECT setval(pg_get_serial_sequence('organisation', 'id'), (SELECT max(id) FROM organisation));

-- Users. role_offset numbers each role from 1; the organisation follows from the role.
INSERT INTO user_account (organisation_id, email, display_name, password_hash, role, enabled, mfa_exempt,
                          created_at, password_changed_at)
SELECT CASE r.role
           WHEN 'MEMBER' THEN 1 + (n - 1) * 11 % 20000
           WHEN 'COORDINATOR' THEN :companies + 1 + (n - 1) % 50
           WHEN 'AGENCY' THEN :companies + 50 + 1 + (n - 1) % 10
           ELSE :companies + 61
       END,
       lower(r.role) || '-' || n || '@bench.coopex.test',
       initcap(lower(r.role)) || ' Bench ' || n,
       '{bcrypt}$2a$12$3J7agdsl1n5se8H4mrXB0.U4C6Dd8.aTPza15x56kwJm3.k5sAiBa',
       r.role, TRUE, TRUE,
       now() - interval '200 days', now() - interval '200 days'
FROM (VALUES ('MEMBER', 1800), ('COORDINATOR', 150), ('AGENCY', 40), ('ADMIN', 10)) AS r (role, how_many)
CROSS JOIN LATERAL generate_series(1, r.how_many) AS n;

COMMIT;

ANALYZE organisation;
ANALYZE user_account;

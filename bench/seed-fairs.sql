-- Benchmark dataset, part 3 (fairs), loaded after bench/seed-ecosystems.sql:
--   500 trade fairs (times the scale) over two years in twelve countries, each about one to three NAF sectors;
--   stand 1: a shared stand of ecosystem 1 at fair 1 (upcoming), 640 m², booked by 40 of its
--   companies: those of member-1 to member-40 (among them company 1, whose member-1 leads the
--   ecosystem), 6 to 24 m² each, so that every MEMBER session of the bench is a participant.
--   Its cost pool comes with bench/seed-ledger.sql, which attaches it (stand.pool_id).
\set ON_ERROR_STOP on
-- The dataset's size (see bench/seed.sql): run.sh passes -v scale=N (BENCH_SCALE).
\if :{?scale}
\else
\set scale 1
\endif
SELECT 20000 * :scale AS companies, 500 * :scale AS ecosystems, 500 * :scale AS fairs, 5000 * :scale AS aids \gset

BEGIN;

INSERT INTO fair (id, series_id, name, name_search, organiser, city, country, venue, starts_on, ends_on, website,
                  description, created_by, created_at, updated_at)
SELECT f, NULL,
       (ARRAY['Salon', 'Expo', 'Messe', 'Fair', 'Show'])[1 + f % 5] || ' ' ||
       (ARRAY['Mécatronique', 'Automatisation', 'Robotique', 'Usinage', 'Hydraulique', 'Capteurs'])[1 + (f / 5) % 6] || ' ' || f,
       lower(translate((ARRAY['Salon', 'Expo', 'Messe', 'Fair', 'Show'])[1 + f % 5] || ' ' ||
       (ARRAY['Mécatronique', 'Automatisation', 'Robotique', 'Usinage', 'Hydraulique', 'Capteurs'])[1 + (f / 5) % 6] || ' ' || f,
       'éèêàâôîïüûçÉ', 'eeeaaoiiuucE')),
       (ARRAY['Messe München GmbH', 'Deutsche Messe AG', 'GL events Exhibitions', 'RX Japan Ltd.', 'A3'])[1 + f % 5],
       (ARRAY['Munich', 'Hanovre', 'Lyon', 'Tokyo', 'Chicago', 'Shanghai', 'Milan', 'Madrid', 'Birmingham', 'Bâle', 'Séoul', 'São Paulo'])[1 + f % 12],
       (ARRAY['DE', 'DE', 'FR', 'JP', 'US', 'CN', 'IT', 'ES', 'GB', 'CH', 'KR', 'BR'])[1 + f % 12],
       'Parc des expositions',
       current_date - 60 + (f * 7) % 730,
       current_date - 60 + (f * 7) % 730 + f % 5,
       'https://fair-' || f || '.example.org', NULL, 1, now(), now()
FROM generate_series(1, :fairs) AS f;
-- fair 1 is upcoming
UPDATE fair SET starts_on = current_date + 200, ends_on = current_date + 203 WHERE id = 1;
SELECT setval(pg_get_serial_sequence('fair', 'id'), :fairs);

INSERT INTO fair_sector (fair_id, code)
SELECT id, 'C' FROM fair WHERE id % 3 = 0
UNION ALL SELECT id, (ARRAY['26', '27', '28', '25', '33'])[1 + id % 5] FROM fair
UNION ALL SELECT id, '28' FROM fair WHERE id % 5 <> 2 AND id % 4 = 0;

INSERT INTO stand (id, fair_id, ecosystem_id, total_area, min_share, booking_deadline, description, status,
                   opened_by, created_at, updated_at)
SELECT 1, 1, 1, 640, 6, current_date + 150, 'Pavillon commun, hall principal.', 'OPEN', u.id, now(), now()
FROM user_account u WHERE u.email = 'member-1@bench.coopex.test';
SELECT setval(pg_get_serial_sequence('stand', 'id'), 1);

INSERT INTO stand_booking (stand_id, company_id, area, status, booked_by, booked_at, updated_at)
SELECT 1, u.organisation_id, 6 + (n % 7) * 3, 'BOOKED', u.id, now() - (n || ' hours')::interval, now()
FROM generate_series(1, 40) AS n
JOIN user_account u ON u.email = 'member-' || n || '@bench.coopex.test';

COMMIT;

ANALYZE fair;
ANALYZE fair_sector;
ANALYZE stand;
ANALYZE stand_booking;

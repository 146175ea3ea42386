-- Benchmark dataset, part 2 (companies and ecosystems), loaded after bench/seed.sql:
--   a profile for each of the 20,000 companies (NAF code, region, size, markets, products) with
--   the default visibility of every field;
--   500 ecosystems (times the scale) with 5 to 40 active members each, coordinated by the bench coordinators;
--   ecosystem 1 has 200 members, among them the companies of member-1 to member-40 (1, 12,
--   23 ... 430; company 1, member-1's, leads it), so that every MEMBER session of the bench is
--   an insider of ecosystem 1: it sees its member list and coopetition map, and its stand
--   (bench/seed-fairs.sql) and cost pool (bench/seed-ledger.sql).
\set ON_ERROR_STOP on
-- The dataset's size (see bench/seed.sql): run.sh passes -v scale=N (BENCH_SCALE).
\if :{?scale}
\else
\set scale 1
\endif
SELECT 20000 * :scale AS companies, 500 * :scale AS ecosystems, 500 * :scale AS fairs, 5000 * :scale AS aids \gset

BEGIN;

INSERT INTO company_profile (company_id, legal_name, siren, trade_name, siret, legal_form, naf_code, region,
                             headcount_band, turnover_band, independent, innovative, founded_year,
                             export_situation, export_share, export_staff, products, keywords,
                             name_search, capability_search, updated_at)
SELECT o.id, o.name, o.siren, NULL, NULL, (ARRAY['SAS', 'SARL', 'SA', 'SASU'])[1 + o.id % 4],
       (ARRAY['28.41Z', '28.49Z', '27.11Z', '27.12Z', '26.51B', '28.99B', '28.12Z', '25.62B', '26.70Z', '28.22Z',
              '28.29B', '33.12Z'])[1 + o.id % 12],
       (ARRAY['84', '27', '53', '24', '44', '32', '11', '28', '75', '76', '52', '93'])[1 + (o.id / 12) % 12],
       (ARRAY['FROM_10_TO_19', 'FROM_20_TO_49', 'FROM_50_TO_99', 'FROM_100_TO_199', 'FROM_200_TO_249'])[1 + o.id % 5],
       (ARRAY['UNDER_500K', 'FROM_500K_TO_2M', 'FROM_2M_TO_10M', 'FROM_10M_TO_50M'])[1 + o.id % 4],
       TRUE, o.id % 7 = 0, 1960 + o.id % 60,
       (ARRAY['EXPORTING', 'NEVER_EXPORTED', 'STOPPED_PLANNING_TO_RESUME', 'EXPORTING'])[1 + o.id % 4],
       o.id % 60, o.id % 5,
       (ARRAY['Machines-outils', 'Moteurs électriques', 'Capteurs', 'Robots', 'Vérins hydrauliques', 'Pièces usinées',
              'Systèmes de vision', 'Automates'])[1 + o.id % 8] || ' pour l''industrie',
       (ARRAY['usinage', 'moteurs', 'capteurs', 'robotique', 'hydraulique', 'décolletage', 'vision', 'automates'])[1 + o.id % 8],
       ' ' || btrim(regexp_replace(lower(translate(o.name, 'éèêàâôîïüûçÉ', 'eeeaaoiiuucE')), '[^[:alnum:]]+', ' ', 'g')),
       ' ' || btrim(regexp_replace(lower(translate((ARRAY['Machines-outils', 'Moteurs électriques', 'Capteurs', 'Robots', 'Vérins hydrauliques',
              'Pièces usinées', 'Systèmes de vision', 'Automates'])[1 + o.id % 8] || ' pour l''industrie '
              || (ARRAY['usinage', 'moteurs', 'capteurs', 'robotique', 'hydraulique', 'décolletage', 'vision',
              'automates'])[1 + o.id % 8], 'éèêàâôîïüûçÉ', 'eeeaaoiiuucE')), '[^[:alnum:]]+', ' ', 'g')),
       now()
FROM organisation o
WHERE o.kind = 'COMPANY';

INSERT INTO company_visibility (company_id, field, visibility)
SELECT p.company_id, f.field, f.visibility
FROM company_profile p
CROSS JOIN (VALUES ('TRADE_NAME', 'PUBLIC'), ('SIRET', 'PUBLIC'), ('LEGAL_FORM', 'PUBLIC'), ('NAF', 'PUBLIC'),
                   ('REGION', 'PUBLIC'), ('ADDRESS', 'PUBLIC'), ('WEBSITE', 'PUBLIC'), ('HEADCOUNT', 'ECOSYSTEM'),
                   ('TURNOVER', 'PRIVATE'), ('GROUP', 'ECOSYSTEM'), ('INNOVATION', 'PUBLIC'), ('FOUNDED', 'PUBLIC'),
                   ('EXPORT_SITUATION', 'ECOSYSTEM'), ('EXPORT_SHARE', 'PRIVATE'), ('EXPORT_STAFF', 'ECOSYSTEM'),
                   ('MARKETS_SERVED', 'ECOSYSTEM'), ('MARKETS_TARGETED', 'ECOSYSTEM'), ('PRODUCTS', 'PUBLIC'),
                   ('CERTIFICATIONS', 'PUBLIC'), ('OBSTACLES', 'PRIVATE'), ('RETICENCES', 'PRIVATE')) AS f (field, visibility);

-- The profile's own lists of its public and ecosystem-level fields, as CompanyProfile keeps them.
UPDATE company_profile p
SET public_fields    = ',' || coalesce((SELECT string_agg(v.field, ',' ORDER BY v.field) FROM company_visibility v
                                        WHERE v.company_id = p.company_id AND v.visibility = 'PUBLIC'), '') || ',',
    ecosystem_fields = ',' || coalesce((SELECT string_agg(v.field, ',' ORDER BY v.field) FROM company_visibility v
                                        WHERE v.company_id = p.company_id AND v.visibility = 'ECOSYSTEM'), '') || ',';

-- The directory's word index (V99, V103), as CompanyProfile keeps it: each word of the searched
-- lines (the name, the products and keywords), with the widest visibility of its fields.
INSERT INTO company_search_word (company_id, word, legal_name, visibility)
SELECT p.company_id, left(w.word, 40), p.legal_name,
       CASE min(CASE f.shown WHEN 'PUBLIC' THEN 1 WHEN 'ECOSYSTEM' THEN 2 ELSE 3 END)
           WHEN 1 THEN 'PUBLIC' WHEN 2 THEN 'ECOSYSTEM' ELSE 'PRIVATE' END
FROM company_profile p
CROSS JOIN LATERAL (VALUES (p.name_search, 'PUBLIC'),
    (p.capability_search, CASE WHEN p.public_fields LIKE '%,PRODUCTS,%' THEN 'PUBLIC'
                               WHEN p.ecosystem_fields LIKE '%,PRODUCTS,%' THEN 'ECOSYSTEM' ELSE 'PRIVATE' END))
    AS f (line, shown)
CROSS JOIN LATERAL regexp_split_to_table(btrim(f.line), ' ') AS w (word)
WHERE w.word <> ''
GROUP BY p.company_id, left(w.word, 40), p.legal_name;

INSERT INTO company_market (company_id, kind, code)
SELECT p.company_id, 'SERVED', (ARRAY['DE', 'IT', 'ES', 'BE', 'CH', 'GB'])[1 + p.company_id % 6] FROM company_profile p
UNION ALL
SELECT p.company_id, 'TARGETED', (ARRAY['CN', 'US', 'IN', 'JP', 'BR', 'CA', 'MA'])[1 + p.company_id % 7] FROM company_profile p
UNION ALL
SELECT p.company_id, 'TARGETED', 'Z-EU' FROM company_profile p WHERE p.company_id % 3 = 0;

-- Ecosystems 1 to 500 times the scale: odd ones led by a member firm, even ones by a coordination body.
INSERT INTO ecosystem (id, name, purpose, coordination, leader_company_id, coordination_body_id, status,
                       open_to_members, charter_version, name_search, created_at, updated_at)
SELECT e, 'Écosystème ' || (ARRAY['Mécatronique', 'Robotique', 'Hydraulique', 'Capteurs', 'Usinage'])[1 + e % 5]
              || ' ' || (ARRAY['Chine', 'Amérique du Nord', 'Inde', 'Japon', 'Brésil'])[1 + (e / 5) % 5] || ' ' || e,
       'Prospecter ensemble et partager les coûts des salons et des missions.',
       CASE WHEN e % 2 = 1 THEN 'LEADER_FIRM' ELSE 'THIRD_PARTY' END,
       CASE WHEN e % 2 = 1 THEN e ELSE NULL END,
       CASE WHEN e % 2 = 0 THEN :companies + 1 + e % 50 ELSE NULL END,
       CASE WHEN e % 10 = 0 THEN 'FORMING' ELSE 'ACTIVE' END, e % 4 <> 0, 1,
       lower('ecosysteme ' || (ARRAY['mecatronique', 'robotique', 'hydraulique', 'capteurs', 'usinage'])[1 + e % 5]
              || ' ' || (ARRAY['chine', 'amerique du nord', 'inde', 'japon', 'bresil'])[1 + (e / 5) % 5] || ' ' || e),
       now() - interval '100 days', now() - interval '10 days'
FROM generate_series(1, :ecosystems) AS e;
SELECT setval(pg_get_serial_sequence('ecosystem', 'id'), :ecosystems);

INSERT INTO ecosystem_charter (ecosystem_id, version, text, published_at, published_by)
SELECT id, 1, 'Chaque membre reste libre de ses prix et de ses clients. Les coûts communs sont publiés à tous.', now(), 1
FROM ecosystem;

INSERT INTO ecosystem_market (ecosystem_id, code)
SELECT id, (ARRAY['CN', 'US', 'IN', 'JP', 'BR'])[1 + (id / 5) % 5] FROM ecosystem
UNION ALL SELECT id, 'Z-EU' FROM ecosystem WHERE id % 3 = 0;

INSERT INTO ecosystem_sector (ecosystem_id, division)
SELECT id, d FROM ecosystem CROSS JOIN (VALUES ('26'), ('27'), ('28')) AS s (d);

-- Coordinators: coordinator users (ids of role COORDINATOR) for third-party ecosystems, and
-- the leader firm's member user for the others (member-1 leads ecosystem 1). The ecosystems
-- beyond the first 500 (the larger datasets) go to users above the first 100 of each role,
-- who have no bench session (run.sh signs in at most the first BENCH_SESSIONS of a role): a
-- signed-in coordinator runs the same ecosystems at every scale, as a member sees the same
-- number of ecosystems, so that a page's cost changes only with the size of the platform.
INSERT INTO ecosystem_coordinator (ecosystem_id, user_id)
SELECT e.id, u.id
FROM ecosystem e
JOIN user_account u ON u.email = CASE
                                   WHEN e.id % 2 = 0 AND e.id <= 500 THEN 'coordinator-' || (1 + e.id % 150)
                                   WHEN e.id % 2 = 0 THEN 'coordinator-' || (101 + e.id % 50)
                                   WHEN e.id <= 500 THEN 'member-' || (1 + (e.id - 1) % 1800)
                                   ELSE 'member-' || (101 + (e.id - 1) % 1700)
                                 END || '@bench.coopex.test';

-- Memberships: ecosystem 1 has the companies of member-1 to member-40 (member-n's company is
-- 1 + 11 (n - 1), see bench/seed.sql) and the lowest other company ids, 200 in all; the other
-- ecosystems 5 to 40 companies each.
INSERT INTO ecosystem_membership (ecosystem_id, company_id, role, status, charter_version_accepted, requested_at,
                                  decided_at)
SELECT 1, c, CASE WHEN c = 1 THEN 'LEADER' ELSE 'MEMBER' END, 'ACTIVE', 1, now() - interval '50 days',
       now() - interval '49 days'
FROM (SELECT c FROM generate_series(1, :companies) AS c
      ORDER BY (c <= 430 AND (c - 1) % 11 = 0) DESC, c
      LIMIT 200) AS members;

INSERT INTO ecosystem_membership (ecosystem_id, company_id, role, status, charter_version_accepted, requested_at,
                                  decided_at)
SELECT e, c, CASE WHEN c = e AND e % 2 = 1 THEN 'LEADER' ELSE 'MEMBER' END, 'ACTIVE', 1,
       now() - interval '50 days', now() - interval '49 days'
FROM generate_series(2, :ecosystems) AS e
CROSS JOIN LATERAL (
    SELECT DISTINCT 1 + ((e * 37 + k * 401) % :companies) AS c FROM generate_series(0, 4 + e % 36) AS k
    UNION SELECT e WHERE e % 2 = 1
) AS members;

COMMIT;

ANALYZE company_profile;
ANALYZE company_visibility;
ANALYZE company_market;
ANALYZE company_search_word;
ANALYZE ecosystem;
ANALYZE ecosystem_membership;

-- One company in fifty does not want to be suggested as a partner (partner suggestions skip it).
INSERT INTO company_suggestion_opt_out (company_id, since)
SELECT company_id, now() FROM company_profile WHERE company_id % 50 = 0;
ANALYZE company_suggestion_opt_out;

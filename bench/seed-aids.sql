-- Benchmark dataset, part 3 (aids), loaded after bench/seed-ecosystems.sql: 5,000 generated
-- (times the scale) published aids (ids 100001..105000, or up to 150000 at 10x) on top of the 29 seeded by Flyway, with one or two
-- operators each, varied kinds, what they pay for, regions, statuses, deadlines and
-- eligibility criteria; a tenth of them belong to the bench agencies (the ten ids after the coordination bodies').
-- The application's index picks them up within seconds: the catalogue revision is bumped.
\set ON_ERROR_STOP on
-- The dataset's size (see bench/seed.sql): run.sh passes -v scale=N (BENCH_SCALE).
\if :{?scale}
\else
\set scale 1
\endif
SELECT 20000 * :scale AS companies, 500 * :scale AS ecosystems, 500 * :scale AS fairs, 5000 * :scale AS aids \gset

BEGIN;

INSERT INTO aid (id, name, kind, description, pays_for, pays_for_details, amount_min, amount_max, rate_max,
                 max_headcount, max_turnover, max_size, min_age_years, independent_only, innovative_only, regions,
                 other_conditions, apply_steps, apply_documents, recurrence, opens_on, closes_on, status, european,
                 source_urls, last_verified, agency_id, publication, published_at, created_at, updated_at)
SELECT 100000 + g,
       (ARRAY['Aide aux salons internationaux', 'Prospection collective', 'Chèque export', 'Prêt export',
              'Avance remboursable prospection', 'Accompagnement international', 'Assurance impayés',
              'Recrutement d’un cadre export', 'Diagnostic export', 'Mission de prospection'])[1 + g % 10]
           || ' ' || (ARRAY['Bretagne', 'Normandie', 'Occitanie', 'Grand Est', 'Hauts-de-France', 'Île-de-France',
                            'Centre', 'Bourgogne', 'Auvergne', 'Provence'])[1 + (g / 10) % 10]
           || ' n° ' || g,
       (ARRAY['GRANT', 'LOAN', 'REPAYABLE_ADVANCE', 'INSURANCE_GUARANTEE', 'TAX_CREDIT', 'STAFFING', 'ADVISORY',
              'COLLECTIVE_ACTION', 'GRANT', 'GRANT'])[1 + (g / 7) % 10],
       (ARRAY['Aide aux PME pour exposer sur les salons professionnels à l’étranger et rencontrer des acheteurs.',
              'Financement des missions de prospection collectives vers les marchés lointains.',
              'Prise en charge d’une partie des études de marché et du conseil export.',
              'Prêt sans garantie pour financer le besoin en fonds de roulement du développement international.',
              'Soutien au recrutement de personnel export et de volontaires internationaux (V.I.E).',
              'Couverture du risque d’impayé des clients étrangers et du risque de change.'])[1 + g % 6],
       (ARRAY['TRADE_FAIRS', 'PROSPECTION', 'TRADE_FAIRS,PROSPECTION', 'EXPORT_STAFF,VIE',
              'MARKET_STUDIES,EXPORT_ADVICE', 'DIGITAL_MARKETING,TRANSLATION', 'PAYMENT_RISK', 'FINANCING',
              'TRADE_FAIRS,COLLECTIVE_ACTIONS', 'CERTIFICATION'])[1 + (g / 3) % 10],
       'Stands sur les salons, déplacements, supports commerciaux traduits.',
       CASE WHEN g % 4 = 0 THEN 1000 + (g % 20) * 500 END,
       CASE WHEN g % 3 <> 0 THEN 5000 + (g % 40) * 2500 END,
       CASE WHEN g % 2 = 0 THEN 30 + (g % 5) * 10 END,
       CASE WHEN g % 5 = 0 THEN 250 END,
       CASE WHEN g % 7 = 0 THEN 50000000 END,
       (ARRAY[NULL, 'SME', 'MIDCAP', NULL, 'SME'])[1 + g % 5],
       CASE WHEN g % 11 = 0 THEN 3 END,
       g % 13 = 0,
       g % 17 = 0,
       (ARRAY[NULL, NULL, NULL, 'BRETAGNE', 'NORMANDIE', 'OCCITANIE', 'GRAND_EST', 'HAUTS_DE_FRANCE',
              'ILE_DE_FRANCE', 'BOURGOGNE_FRANCHE_COMTE,AUVERGNE_RHONE_ALPES'])[1 + (g / 10) % 10],
       'À jour de ses obligations fiscales et sociales' || chr(10) || 'Situation financière saine',
       'Déposer le dossier en ligne' || chr(10) || 'Entretien avec un chargé d’affaires',
       'Kbis de moins de 3 mois' || chr(10) || 'Budget prévisionnel du projet' || chr(10) || 'Devis',
       (ARRAY['ONGOING', 'RECURRING', 'ONE_OFF', NULL])[1 + g % 4],
       CURRENT_DATE - 200 + g % 100,
       CASE WHEN g % 3 = 0 THEN CURRENT_DATE + g % 120 END,
       (ARRAY['OPEN', 'OPEN', 'OPEN', 'CLOSED', 'HISTORICAL', NULL])[1 + g % 6],
       g % 19 = 0,
       'https://example.org/aides/' || g,
       CURRENT_DATE - g % 300,
       CASE WHEN g % 10 = 0 THEN :companies + 50 + 1 + (g / 10) % 10 END,
       'PUBLISHED', now() - (g % 300) * interval '1 day', now(), now()
FROM generate_series(1, :aids) AS g;

INSERT INTO aid_operator (aid_id, position, name, role)
SELECT 100000 + g, 0,
       (ARRAY['Bpifrance', 'Business France', 'Région Bretagne', 'Région Normandie', 'Région Occitanie',
              'Réseau des CCI', 'État français', 'Team France Export', 'Commission européenne', 'AD Normandie',
              'Région Grand Est', 'Bpifrance Assurance Export'])[1 + g % 12],
       'Finance'
FROM generate_series(1, :aids) AS g;

INSERT INTO aid_operator (aid_id, position, name, role)
SELECT 100000 + g, 1,
       (ARRAY['Réseau des CCI', 'Team France Export', 'Business France', 'Cabinet de conseil export'])[1 + g % 4],
       'Instruit les dossiers'
FROM generate_series(1, :aids) AS g
WHERE g % 2 = 0;

UPDATE aid_catalogue_revision SET revision = revision + 1 WHERE id = 1;

COMMIT;

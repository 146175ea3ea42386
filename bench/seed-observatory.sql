-- The observatory's part of the bench dataset (after bench/seed.sql): each bench agency gets a
-- jurisdiction (the first one national, the others one or two regions), and a third of the
-- companies lend their whole profile to statistics.
\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
SELECT 20000 * :scale AS companies \gset

BEGIN;

UPDATE organisation SET national = TRUE WHERE id = :companies + 51;

INSERT INTO organisation_region (organisation_id, region)
SELECT :companies + 50 + i,
       (ARRAY['AUVERGNE_RHONE_ALPES', 'BOURGOGNE_FRANCHE_COMTE', 'BRETAGNE', 'CENTRE_VAL_DE_LOIRE', 'GRAND_EST',
              'HAUTS_DE_FRANCE', 'ILE_DE_FRANCE', 'NORMANDIE', 'NOUVELLE_AQUITAINE', 'OCCITANIE',
              'PAYS_DE_LA_LOIRE', 'PROVENCE_ALPES_COTE_D_AZUR', 'CORSE'])[1 + (i * k) % 13]
FROM generate_series(2, 10) AS i, generate_series(1, 2) AS k
ON CONFLICT DO NOTHING;

INSERT INTO company_statistics_consent (company_id, consented, answered_by, answered_at)
SELECT company_id, company_id % 3 = 0, 1, now()
FROM company_profile
ON CONFLICT DO NOTHING;

COMMIT;
ANALYZE organisation_region;
ANALYZE company_statistics_consent;

-- Fills the lists of V32 for the profiles that exist.
UPDATE company_profile p
SET public_fields    = ',' || coalesce((SELECT string_agg(v.field, ',' ORDER BY v.field) FROM company_visibility v
                                        WHERE v.company_id = p.company_id AND v.visibility = 'PUBLIC'), '') || ',',
    ecosystem_fields = ',' || coalesce((SELECT string_agg(v.field, ',' ORDER BY v.field) FROM company_visibility v
                                        WHERE v.company_id = p.company_id AND v.visibility = 'ECOSYSTEM'), '') || ',';

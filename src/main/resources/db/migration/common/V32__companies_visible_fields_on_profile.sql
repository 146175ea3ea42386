-- Which fields of a profile are public and which are shown to the company's ecosystems, kept
-- on the profile itself as ",FIELD,FIELD," lists: the directory's search checks a field's
-- visibility with a LIKE on the row it reads instead of one lookup in company_visibility per
-- row and field. company_visibility stays the record; CompanyProfile keeps both in step.
ALTER TABLE company_profile ADD COLUMN public_fields VARCHAR(400);
ALTER TABLE company_profile ADD COLUMN ecosystem_fields VARCHAR(400);

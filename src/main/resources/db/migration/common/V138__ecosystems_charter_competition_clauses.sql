-- Whether a version of an ecosystem's charter includes the competition-law clauses on
-- information exchange (their guidance text is the platform's, shown with the charter).
ALTER TABLE ecosystem_charter ADD COLUMN competition_clauses BOOLEAN DEFAULT FALSE NOT NULL;

-- A company's answer to the question whether its profile may be counted, anonymously, in
-- the agencies' statistics (observatory) beyond the fields it shows to others. No row: not
-- asked yet, which counts as no.
CREATE TABLE company_statistics_consent (
    company_id  BIGINT                   NOT NULL PRIMARY KEY,
    consented   BOOLEAN                  NOT NULL,
    answered_by BIGINT                   NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

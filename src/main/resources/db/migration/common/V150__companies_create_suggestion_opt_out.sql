-- Companies that asked not to be suggested as partners to other firms or coordinators.
CREATE TABLE company_suggestion_opt_out (
    company_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES company_profile (company_id) ON DELETE CASCADE,
    since      TIMESTAMP WITH TIME ZONE NOT NULL
);

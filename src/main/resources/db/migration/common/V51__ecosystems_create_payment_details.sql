-- How members pay what an ecosystem's coordination calls from them (cash calls): the account
-- the coordinator enters on the ecosystem's settings page. The IBAN is stored without spaces,
-- its ISO 13616 key checked by the application; the BIC is optional.
CREATE TABLE ecosystem_payment_details (
    ecosystem_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES ecosystem (id) ON DELETE CASCADE,
    account_holder VARCHAR(140)             NOT NULL,
    iban           VARCHAR(34)              NOT NULL,
    bic            VARCHAR(11),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     BIGINT                   NOT NULL
);

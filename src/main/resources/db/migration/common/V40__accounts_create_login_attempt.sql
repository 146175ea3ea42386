-- Sign-in attempts per account (e-mail) and per client address, one row each, locked
-- (SELECT ... FOR UPDATE) while an attempt is counted, so that parallel attempts cannot
-- all pass the limit: "attempts" counts the checks in flight and failed within the
-- window, "failures" the failed ones.
CREATE TABLE login_attempt (
    scope        VARCHAR(10)              NOT NULL,
    subject      VARCHAR(254)             NOT NULL,
    attempts     INTEGER                  NOT NULL,
    failures     INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, subject)
);

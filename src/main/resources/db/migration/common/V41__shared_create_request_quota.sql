-- How many times an action (a sign-up, a password-reset e-mail, an invitation) was asked
-- for by one subject (an e-mail address, a client address) in the current window, shared
-- by every instance. One row per action and subject, locked while it is counted.
CREATE TABLE request_quota (
    action       VARCHAR(40)              NOT NULL,
    subject      VARCHAR(254)             NOT NULL,
    used         INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (action, subject)
);

-- Aids a person follows, and the weekly e-mail digest they subscribed to. User ids refer to
-- the accounts module: no foreign key.
CREATE TABLE aid_saved (
    user_id  BIGINT                   NOT NULL,
    aid_id   BIGINT                   NOT NULL REFERENCES aid (id) ON DELETE CASCADE,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, aid_id)
);
CREATE INDEX aid_saved_aid_idx ON aid_saved (aid_id);

-- The token is random (256 bits) and unique: the one-click unsubscribe link carries it, so
-- that it works without signing in.
CREATE TABLE aid_alert_subscription (
    user_id       BIGINT                   NOT NULL PRIMARY KEY,
    token         VARCHAR(64)              NOT NULL,
    locale        VARCHAR(10)              NOT NULL,
    subscribed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT aid_alert_subscription_token_uk UNIQUE (token)
);

-- How each person wants each kind of notification (none stored: in the app and by
-- e-mail), the key that signs unsubscribe links (one row, shared by every instance), and
-- the weekly digests sent (one row per person and week: a second run never sends twice).
CREATE TABLE notification_preference (
    user_id    BIGINT                   NOT NULL,
    kind       VARCHAR(20)              NOT NULL,
    channel    VARCHAR(10)              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE notification_signing_key (
    id         INT                      PRIMARY KEY,
    secret     VARCHAR(100)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE notification_digest_sent (
    user_id    BIGINT                   NOT NULL,
    week_of    DATE                     NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, week_of)
);

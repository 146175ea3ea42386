-- The time zone a person chose to read meeting times in (an IANA zone id from the list
-- the account page offers); none means Paris time, as every time is shown by default.
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(40);

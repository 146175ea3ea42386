-- The language a person last used the platform in (fr, en), for the e-mails sent to them;
-- none yet means French.
ALTER TABLE user_account ADD COLUMN language VARCHAR(10);

-- The organisation an audit line concerns (the actor's, or the one acted upon), so that
-- a manager reads their organisation's lines and the admin filters by organisation.
ALTER TABLE audit_event ADD COLUMN organisation_id BIGINT;
CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, occurred_at DESC);

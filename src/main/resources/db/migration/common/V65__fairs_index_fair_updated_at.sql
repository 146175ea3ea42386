-- The fair calendar's version (the last fair added or edited) is read with max(updated_at):
-- one index lookup instead of a scan of every fair.
CREATE INDEX fair_updated_at_idx ON fair (updated_at);

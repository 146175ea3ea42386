-- Reminders sent and outcomes of defaults are written once, as ledger entries are
-- (ledger_append_only() comes from V21).
CREATE TRIGGER ledger_cash_call_reminder_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_cash_call_reminder
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_cash_call_reminder_no_truncate
    BEFORE TRUNCATE ON ledger_cash_call_reminder
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_default_outcome_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_default_outcome
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_default_outcome_no_truncate
    BEFORE TRUNCATE ON ledger_default_outcome
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

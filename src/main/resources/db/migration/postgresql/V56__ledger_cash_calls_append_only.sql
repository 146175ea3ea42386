-- Cash calls, their lines and their reversals are append-only, as ledger entries are:
-- PostgreSQL refuses UPDATE, DELETE and TRUNCATE (ledger_append_only() comes from V21).
CREATE TRIGGER ledger_cash_call_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_cash_call
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_cash_call_no_truncate
    BEFORE TRUNCATE ON ledger_cash_call
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_cash_call_line_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_cash_call_line
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_cash_call_line_no_truncate
    BEFORE TRUNCATE ON ledger_cash_call_line
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_cash_call_reversal_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_cash_call_reversal
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_cash_call_reversal_no_truncate
    BEFORE TRUNCATE ON ledger_cash_call_reversal
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

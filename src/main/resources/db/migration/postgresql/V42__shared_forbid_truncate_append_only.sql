-- TRUNCATE skips row triggers: the append-only tables refuse it too, whoever asks.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_posting_no_truncate
    BEFORE TRUNCATE ON ledger_posting
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_allocation_line_no_truncate
    BEFORE TRUNCATE ON ledger_allocation_line
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_payment_no_truncate
    BEFORE TRUNCATE ON ledger_payment
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

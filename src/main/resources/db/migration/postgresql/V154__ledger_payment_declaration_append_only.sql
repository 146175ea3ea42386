-- Payment declarations and their decisions are written once: PostgreSQL refuses changes to
-- both, as to the other money tables (ledger_append_only() comes from V21).
CREATE TRIGGER ledger_payment_declaration_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_payment_declaration
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_payment_declaration_no_truncate
    BEFORE TRUNCATE ON ledger_payment_declaration
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_payment_declaration_decision_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_payment_declaration_decision
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_payment_declaration_decision_no_truncate
    BEFORE TRUNCATE ON ledger_payment_declaration_decision
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

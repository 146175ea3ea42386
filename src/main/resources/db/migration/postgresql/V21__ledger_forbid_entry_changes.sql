-- Ledger entries, postings, their lines and payments are written once: PostgreSQL itself
-- refuses to change or delete them. A change of a split is a reversal plus new entries.
CREATE FUNCTION ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: post a reversal instead', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_posting_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_allocation_line_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_allocation_line
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TRIGGER ledger_payment_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_payment
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

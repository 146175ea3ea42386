-- Published transparency reports are never changed nor deleted: PostgreSQL refuses UPDATE,
-- DELETE and TRUNCATE. A correction is a new version.
CREATE FUNCTION transparency_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: publish a new version instead', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER transparency_report_no_update_delete
    BEFORE UPDATE OR DELETE ON transparency_report
    FOR EACH ROW EXECUTE FUNCTION transparency_append_only();
CREATE TRIGGER transparency_report_no_truncate
    BEFORE TRUNCATE ON transparency_report
    FOR EACH STATEMENT EXECUTE FUNCTION transparency_append_only();

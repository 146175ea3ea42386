-- The register of information exchanged is written once: PostgreSQL refuses to change,
-- delete or truncate it.
CREATE FUNCTION exchange_register_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER exchange_register_no_update_delete
    BEFORE UPDATE OR DELETE ON exchange_register
    FOR EACH ROW EXECUTE FUNCTION exchange_register_append_only();
CREATE TRIGGER exchange_register_no_truncate
    BEFORE TRUNCATE ON exchange_register
    FOR EACH STATEMENT EXECUTE FUNCTION exchange_register_append_only();

-- The access log of a company only grows: a row's one allowed change is one more visit,
-- and a row is deleted only once it is older than 12 months (the purge job).
CREATE FUNCTION company_access_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.company_id = OLD.company_id AND NEW.organisation_id = OLD.organisation_id
                AND NEW.access_day = OLD.access_day AND NEW.kind = OLD.kind AND NEW.visits = OLD.visits + 1 THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'company_access only counts one more visit';
    END IF;
    IF TG_OP = 'DELETE' AND OLD.access_day < CAST((now() AT TIME ZONE 'Europe/Paris') - INTERVAL '12 months' AS date) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'company_access keeps 12 months';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER company_access_guard
    BEFORE UPDATE OR DELETE ON company_access
    FOR EACH ROW EXECUTE FUNCTION company_access_guard();
CREATE TRIGGER company_access_no_truncate
    BEFORE TRUNCATE ON company_access
    FOR EACH STATEMENT EXECUTE FUNCTION exchange_register_append_only();

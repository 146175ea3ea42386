-- Votes are never changed nor taken back, and a closed consultation's result stands: PostgreSQL
-- itself refuses to update or delete a vote, a ballot, a closed consultation or its options.
CREATE FUNCTION ecosystem_vote_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: a vote cannot be changed', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION ecosystem_consultation_closed_stands() RETURNS trigger AS $$
BEGIN
    IF OLD.closed_at IS NOT NULL THEN
        RAISE EXCEPTION 'ecosystem_consultation % is closed: its result is append-only', OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION ecosystem_consultation_option_closed_stands() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ecosystem_consultation c
               WHERE c.id = OLD.consultation_id AND c.closed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the options of closed consultation % are append-only', OLD.consultation_id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ecosystem_consultation_voter_no_update_delete
    BEFORE UPDATE OR DELETE ON ecosystem_consultation_voter
    FOR EACH ROW EXECUTE FUNCTION ecosystem_vote_append_only();
CREATE TRIGGER ecosystem_consultation_voter_no_truncate
    BEFORE TRUNCATE ON ecosystem_consultation_voter
    FOR EACH STATEMENT EXECUTE FUNCTION ecosystem_vote_append_only();

CREATE TRIGGER ecosystem_consultation_ballot_no_update_delete
    BEFORE UPDATE OR DELETE ON ecosystem_consultation_ballot
    FOR EACH ROW EXECUTE FUNCTION ecosystem_vote_append_only();
CREATE TRIGGER ecosystem_consultation_ballot_no_truncate
    BEFORE TRUNCATE ON ecosystem_consultation_ballot
    FOR EACH STATEMENT EXECUTE FUNCTION ecosystem_vote_append_only();

CREATE TRIGGER ecosystem_consultation_closed_no_update_delete
    BEFORE UPDATE OR DELETE ON ecosystem_consultation
    FOR EACH ROW EXECUTE FUNCTION ecosystem_consultation_closed_stands();

CREATE TRIGGER ecosystem_consultation_option_closed_no_update_delete
    BEFORE UPDATE OR DELETE ON ecosystem_consultation_option
    FOR EACH ROW EXECUTE FUNCTION ecosystem_consultation_option_closed_stands();

-- Every statement that writes a csc table is noted here (CscChanges): a row edited in place keeps every count, so
-- only a note of the write itself shows that csc no longer holds what a reconciliation compared. Each full load arms
-- one statement-level trigger per csc table (sql/target/watch_csc.sql); a reconciliation records the last note it
-- had seen before its checks read csc (reconciliation_csc_mark), and sign-off, exceptions and the final-load gate
-- refuse csc written after that mark. Statement-level, so a load's COPY of a chunk costs one note, not one per row.
CREATE TABLE migration.csc_change (
    change_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text        NOT NULL,
    operation  text        NOT NULL,
    changed_by text        NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The last csc_change a reconciliation had seen when its checks began to read csc; written with the reconciliation.
CREATE TABLE migration.reconciliation_csc_mark (
    reconciliation_id bigint PRIMARY KEY REFERENCES migration.reconciliation (reconciliation_id),
    last_change_id    bigint NOT NULL
);

-- Definer's rights: a role that may write csc need not be able to write the notes; session_user still names who wrote.
CREATE FUNCTION migration.note_csc_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO migration.csc_change (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION migration.note_csc_change() FROM PUBLIC;

-- Both are records: a note or a mark rewritten would hide a write.
CREATE TRIGGER csc_change_is_a_record BEFORE UPDATE OR DELETE ON migration.csc_change
    FOR EACH ROW EXECUTE FUNCTION migration.refuse_change();
CREATE TRIGGER csc_change_truncate BEFORE TRUNCATE ON migration.csc_change
    FOR EACH STATEMENT EXECUTE FUNCTION migration.refuse_change();
CREATE TRIGGER reconciliation_csc_mark_is_a_record BEFORE UPDATE OR DELETE ON migration.reconciliation_csc_mark
    FOR EACH ROW EXECUTE FUNCTION migration.refuse_change();
CREATE TRIGGER reconciliation_csc_mark_truncate BEFORE TRUNCATE ON migration.reconciliation_csc_mark
    FOR EACH STATEMENT EXECUTE FUNCTION migration.refuse_change();

-- Every statement that writes a csc table is noted here (CscWrites): a row edited in place keeps every count, so only
-- a note of the write itself shows that csc is no longer what a run migrated. Each full load arms one statement-level
-- trigger per csc table (sql/target/watch_csc.sql); when a run's load ends it records the last note so far
-- (run_csc_mark), and sign-off, exceptions and the final-load gate refuse csc written after the mark of the run that
-- last loaded it. Statement-level, so a load's COPY of a chunk costs one note, not one per row.
CREATE TABLE migration.csc_change (
    change_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text        NOT NULL,
    operation  text        NOT NULL,
    changed_by text        NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The last write on csc noted when a run's load ended: by the engine once every mapping committed, by a delta once its
-- transaction did. Only a load that ended marks, so a run's first mark is its load's end; a later one (a final load
-- resumed after its load ended finds nothing left to load) never counts, and one added by hand cannot hide a write.
CREATE TABLE migration.run_csc_mark (
    run_id         bigint      NOT NULL REFERENCES migration.run (run_id),
    last_change_id bigint      NOT NULL,
    marked_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX run_csc_mark_run_idx ON migration.run_csc_mark (run_id, last_change_id);

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
DO $$
DECLARE
    record_table text;
BEGIN
    FOREACH record_table IN ARRAY ARRAY['csc_change', 'run_csc_mark'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON migration.%I FOR EACH ROW '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_is_a_record', record_table);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON migration.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_truncate', record_table);
    END LOOP;
END
$$;

-- Arms the note of writes on every csc table (migration.csc_change, V16): the function the triggers run, created again
-- (one replaced by hand is put back), and one statement-level trigger per table, created again and enabled on each full
-- load, so a table a later target-schema migration added is watched too and a trigger someone disabled is enabled.
-- Definer's rights: a role that may write csc need not be able to write the notes; session_user still names who wrote.
CREATE OR REPLACE FUNCTION migration.note_csc_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO migration.csc_change (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION migration.note_csc_change() FROM PUBLIC;
DO $$
DECLARE
    watched text;
BEGIN
    FOR watched IN SELECT tablename FROM pg_tables WHERE schemaname = 'csc' ORDER BY tablename LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER switchover_csc_written AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON csc.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION migration.note_csc_change()', watched);
        EXECUTE format('ALTER TABLE csc.%I ENABLE TRIGGER switchover_csc_written', watched);
    END LOOP;
END
$$

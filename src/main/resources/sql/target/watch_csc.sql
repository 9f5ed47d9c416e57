-- Arms the note of writes on every csc table (migration.csc_change, V16) on each full load: the function the triggers
-- run, created again (one replaced by hand is put back); the notes' and marks' record triggers; and one statement-level
-- trigger per table, created again and enabled, so a table a later target-schema migration added is watched too and a
-- trigger someone disabled is enabled.
-- Definer's rights: a role that may write csc need not be able to write the notes; session_user still names who wrote.
CREATE OR REPLACE FUNCTION migration.note_csc_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO migration.csc_change (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION migration.note_csc_change() FROM PUBLIC;
-- What keeps the notes and marks records (first made by V6, whose text stays as it was applied), put back as well: a
-- load that ran after someone silenced or dropped them would otherwise record them silenced as the state to hold.
CREATE OR REPLACE FUNCTION migration.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'migration.% is a record and cannot be changed (% refused): add a new one instead', TG_TABLE_NAME, TG_OP;
END
$$;
DO $$
DECLARE
    watched text;
    record_table text;
BEGIN
    FOREACH record_table IN ARRAY ARRAY['csc_change', 'run_csc_mark'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE OR DELETE ON migration.%I FOR EACH ROW '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_is_a_record', record_table);
        EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE TRUNCATE ON migration.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_truncate', record_table);
        EXECUTE format('ALTER TABLE migration.%I ENABLE TRIGGER %I', record_table, record_table || '_is_a_record');
        EXECUTE format('ALTER TABLE migration.%I ENABLE TRIGGER %I', record_table, record_table || '_truncate');
    END LOOP;
    FOR watched IN SELECT tablename FROM pg_tables WHERE schemaname = 'csc' ORDER BY tablename LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER switchover_csc_written AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON csc.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION migration.note_csc_change()', watched);
        EXECUTE format('ALTER TABLE csc.%I ENABLE TRIGGER switchover_csc_written', watched);
    END LOOP;
END
$$

-- Arms the note of writes on every csc table (migration.note_csc_change, V16): one statement-level trigger each,
-- created again and enabled on each full load, so a table a later target-schema migration added is watched too, and
-- a trigger someone disabled is enabled again. One DO block: its inner ';' do not split it.
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

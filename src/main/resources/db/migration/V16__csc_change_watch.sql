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

-- The last write on csc noted when a run's load ended, and how its guards stood then (csc_guard_state, below): by the engine once every mapping committed, by a delta once its
-- transaction did. Only a load that ended marks, so a run's first mark is its load's end; a later one (a final load
-- resumed after its load ended finds nothing left to load) never counts, and one added by hand cannot hide a write.
CREATE TABLE migration.run_csc_mark (
    run_id         bigint      NOT NULL REFERENCES migration.run (run_id),
    last_change_id bigint      NOT NULL,
    marked_at      timestamptz NOT NULL DEFAULT now(),
    -- migration.csc_guard_state at the mark, one line each
    guard_state    text        NOT NULL
);
CREATE INDEX run_csc_mark_run_idx ON migration.run_csc_mark (run_id, last_change_id);

-- The function the triggers run, migration.note_csc_change(), is created by sql/target/watch_csc.sql on every full
-- load, with the triggers, so one replaced by hand (with one that notes nothing) is put back before the next load.

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

-- What keeps the notes honest, as the catalog holds it: each note trigger on csc and record trigger on the notes and
-- marks with its row version (xmin) and state, the two functions they run with theirs, and each csc table's file. The
-- owner of csc can disable a trigger, write and enable it again, replace a function with one that does nothing, or
-- rewrite a table through DDL (ALTER COLUMN ... TYPE ... USING) without any DML trigger firing; none of those can be
-- done without giving the changed catalog row a new xmin, or the table a new file, and nobody can set those back.
CREATE VIEW migration.csc_guard_state AS
SELECT format('trigger %s on %s.%s: version %s, enabled %s', g.tgname, n.nspname, c.relname, g.xmin, g.tgenabled) AS line
FROM pg_trigger g
JOIN pg_class c ON c.oid = g.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (n.nspname = 'csc' AND g.tgname = 'switchover_csc_written')
   OR (n.nspname = 'migration' AND c.relname IN ('csc_change', 'run_csc_mark') AND NOT g.tgisinternal)
UNION ALL
SELECT format('function migration.%s: version %s', p.proname, p.xmin)
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'migration' AND p.proname IN ('note_csc_change', 'refuse_change')
UNION ALL
SELECT format('table csc.%s: file %s', c.relname, pg_relation_filenode(c.oid))
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'csc' AND c.relkind IN ('r', 'p');

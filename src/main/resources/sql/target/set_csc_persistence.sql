-- Makes every csc table {persistence}: UNLOGGED for a dry run, whose csc is a rehearsal (its load, index builds and
-- foreign-key checks then write no WAL: 356 MB of it for a 230 MB csc at scale 1), LOGGED for a final load, whose csc
-- is production. Runs on the emptied csc after its foreign keys are set aside (a logged table may not reference an
-- unlogged one), so each ALTER rewrites an empty table. The mark in migration.unlogged_csc is there exactly while csc
-- is unlogged and no crash recovery has emptied it since (see V14).
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT format('%I.%I', n.nspname, c.relname) AS table_name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'csc' AND c.relkind = 'r'
          AND c.relpersistence <> CASE '{persistence}' WHEN 'UNLOGGED' THEN 'u' ELSE 'p' END
        ORDER BY 1
    LOOP
        EXECUTE format('ALTER TABLE %s SET {persistence}', item.table_name);
    END LOOP;
    DELETE FROM migration.unlogged_csc;
    IF '{persistence}' = 'UNLOGGED' THEN
        INSERT INTO migration.unlogged_csc DEFAULT VALUES;
    END IF;
END
$$

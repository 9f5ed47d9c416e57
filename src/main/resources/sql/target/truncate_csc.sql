-- Empties every table of csc in one TRUNCATE (one statement satisfies the foreign keys among them), so a full
-- load always starts from a clean target. No CASCADE: a table outside csc that references a csc table must
-- never be emptied with it. The preflight refuses such a table before this runs, and should one appear in
-- between, the TRUNCATE fails instead ("cannot truncate a table referenced in a foreign key constraint").
DO $$
BEGIN
    EXECUTE (SELECT 'TRUNCATE TABLE ' || string_agg(format('%I.%I', schemaname, tablename), ', ' ORDER BY tablename)
                    || ' RESTART IDENTITY'
             FROM pg_tables WHERE schemaname = 'csc');
END
$$

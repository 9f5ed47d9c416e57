-- The csc tables written (INSERT, UPDATE, DELETE, TRUNCATE: migration.csc_change, V16) after the note ? (a run's mark,
-- latest_run_csc_mark.sql): csc is no longer what that run migrated, even where every count still agrees (a row edited
-- in place), and a reconciliation made since would describe the edit, not the migration.
SELECT table_name, count(*) AS statements, string_agg(DISTINCT operation, ', ' ORDER BY operation) AS operations,
       string_agg(DISTINCT changed_by, ', ' ORDER BY changed_by) AS changed_by, max(changed_at) AS last_at
FROM migration.csc_change
WHERE change_id > ?
GROUP BY table_name
ORDER BY table_name

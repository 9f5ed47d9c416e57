-- The csc tables written (INSERT, UPDATE, DELETE, TRUNCATE: migration.csc_change, V16) after the load of the run that
-- last loaded csc (a dry run, a final load or a delta) had ended: csc is no longer what that run migrated, even where
-- every count still agrees (a row edited in place), and a reconciliation made since would describe the edit, not the
-- migration. A reconciled run without a mark (made before V16) is named too, with table_name NULL.
WITH latest AS (
  SELECT r.run_id,
         (SELECT min(m.last_change_id) FROM migration.run_csc_mark m WHERE m.run_id = r.run_id) AS mark,
         EXISTS (SELECT 1 FROM migration.reconciliation c WHERE c.run_id = r.run_id) AS reconciled
  FROM migration.run r
  WHERE r.run_id = (SELECT max(run_id) FROM migration.run WHERE kind IN ('dry-run', 'final-load', 'delta'))
)
SELECT w.table_name, count(*) AS statements, string_agg(DISTINCT w.operation, ', ' ORDER BY w.operation) AS operations,
       string_agg(DISTINCT w.changed_by, ', ' ORDER BY w.changed_by) AS changed_by, max(w.changed_at) AS last_at, l.run_id
FROM latest l
JOIN migration.csc_change w ON w.change_id > l.mark
GROUP BY w.table_name, l.run_id
UNION ALL
SELECT NULL, 0, NULL, NULL, NULL, l.run_id
FROM latest l
WHERE l.mark IS NULL AND l.reconciled
ORDER BY 1

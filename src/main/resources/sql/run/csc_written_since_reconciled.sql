-- The csc tables written (INSERT, UPDATE, DELETE, TRUNCATE: migration.csc_change, V16) after the latest reconciliation
-- of the run that last loaded csc had taken its mark: what it compared is no longer what csc holds, even where every
-- count still agrees (a row edited in place). A reconciliation without a mark (made before V16) is named too, with
-- table_name NULL: nothing can show what happened to csc since it.
WITH latest AS (
  SELECT max(r.reconciliation_id) AS reconciliation_id
  FROM migration.reconciliation r
  WHERE r.run_id = (SELECT max(run_id) FROM migration.run WHERE kind IN ('dry-run', 'final-load', 'delta'))
)
SELECT w.table_name, count(*) AS statements, string_agg(DISTINCT w.operation, ', ' ORDER BY w.operation) AS operations,
       string_agg(DISTINCT w.changed_by, ', ' ORDER BY w.changed_by) AS changed_by, max(w.changed_at) AS last_at,
       l.reconciliation_id
FROM latest l
JOIN migration.reconciliation_csc_mark m ON m.reconciliation_id = l.reconciliation_id
JOIN migration.csc_change w ON w.change_id > m.last_change_id
GROUP BY w.table_name, l.reconciliation_id
UNION ALL
SELECT NULL, 0, NULL, NULL, NULL, l.reconciliation_id
FROM latest l
WHERE l.reconciliation_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM migration.reconciliation_csc_mark m WHERE m.reconciliation_id = l.reconciliation_id)
ORDER BY 1

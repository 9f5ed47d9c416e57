-- The csc tables whose row count is not the one the latest reconciliation of the latest full load recorded (the target
-- side of its counts checks, counts-<table>): rows were added to or deleted from csc after it was reconciled, so csc
-- no longer holds what the report counted. A table the counts checks do not name, or that no longer exists, is left out.
WITH latest AS (
  SELECT max(r.reconciliation_id) AS reconciliation_id
  FROM migration.reconciliation r
  WHERE r.run_id = (SELECT max(run_id) FROM migration.run WHERE kind IN ('dry-run', 'final-load'))
),
counted AS (
  SELECT substr(k.check_id, length('counts-') + 1) AS table_name, k.target_count, k.reconciliation_id
  FROM migration.reconciliation_check k JOIN latest l ON l.reconciliation_id = k.reconciliation_id
  WHERE k.check_id LIKE 'counts-%' AND k.target_count IS NOT NULL
),
now AS (
  SELECT c.table_name, c.target_count, c.reconciliation_id,
         (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM csc.%I', c.table_name), false, true, '')))[1]::text::bigint
           AS now_count
  FROM counted c
  WHERE to_regclass(format('csc.%I', c.table_name)) IS NOT NULL
)
SELECT table_name, now_count, target_count, reconciliation_id FROM now
WHERE now_count <> target_count
ORDER BY table_name

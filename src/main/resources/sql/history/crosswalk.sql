-- The crosswalk lines of the run's latest reconciliation.
SELECT place, legacy_value, code, legacy_rows, target_rows
FROM migration.reconciliation_crosswalk
WHERE reconciliation_id = (SELECT max(reconciliation_id) FROM migration.reconciliation WHERE run_id = ?)
ORDER BY place, legacy_value, code

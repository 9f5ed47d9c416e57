-- Every check of the run's latest reconciliation (the run's verdict is that reconciliation's), with its verdict.
SELECT c.check_id, c.status, c.legacy_count, c.target_count, r.verdict
FROM migration.reconciliation r
JOIN migration.reconciliation_check c ON c.reconciliation_id = r.reconciliation_id
WHERE r.reconciliation_id = (SELECT max(reconciliation_id) FROM migration.reconciliation WHERE run_id = ?)
ORDER BY c.check_id

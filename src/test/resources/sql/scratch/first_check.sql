-- The first check (by id) of the run's latest reconciliation, with its owner.
SELECT c.check_id, c.owner FROM migration.reconciliation_check c
WHERE c.reconciliation_id = (SELECT max(reconciliation_id) FROM migration.reconciliation WHERE run_id = ?)
ORDER BY c.check_id LIMIT 1

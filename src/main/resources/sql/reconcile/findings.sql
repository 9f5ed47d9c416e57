-- The failing records of one reconciliation, with their check's status and owner.
SELECT f.check_id, f.record_key, f.legacy_ref, f.reason, f.status, f.exception_id, c.owner
FROM migration.finding f
JOIN migration.reconciliation_check c ON c.reconciliation_id = f.reconciliation_id AND c.check_id = f.check_id
WHERE f.reconciliation_id = ?
ORDER BY f.check_id, f.record_key

-- A child the latest reconciliation found not migrated and an owner accepted: legacy reference, check and decision.
SELECT f.legacy_ref, f.check_id, e.decision
FROM migration.finding f JOIN migration.exception e ON e.exception_id = f.exception_id
WHERE f.reconciliation_id = (SELECT max(reconciliation_id) FROM migration.reconciliation) AND f.legacy_ref IS NOT NULL
ORDER BY f.legacy_ref, f.check_id
LIMIT 1

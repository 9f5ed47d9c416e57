-- What the latest reconciliation of run ? found about one child (legacy reference ?): records not migrated, excluded or
-- differing, each with its status and the owner's decision when one covers it.
SELECT f.check_id, f.record_key, f.reason, f.status, e.decision, e.owner_name, e.owner_role, e.reason
FROM migration.finding f
LEFT JOIN migration.exception e ON e.exception_id = f.exception_id
WHERE f.reconciliation_id = (SELECT max(reconciliation_id) FROM migration.reconciliation WHERE run_id = ?)
  AND f.legacy_ref = ?
ORDER BY f.check_id, f.record_key

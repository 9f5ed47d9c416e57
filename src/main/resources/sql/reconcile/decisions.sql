-- Every decision of the exceptions register, oldest first.
SELECT e.exception_id, e.reconciliation_id, e.run_id, e.check_id, e.record_key, e.legacy_ref, e.record_reason, e.decision,
       e.owner_name, e.owner_role, e.reason, e.decided_at
FROM migration.exception e
ORDER BY e.exception_id

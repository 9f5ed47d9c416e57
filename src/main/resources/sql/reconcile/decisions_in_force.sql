-- The decisions that apply now: the latest on each record (check and key), unless a later reconciliation of the same
-- or a later run found that record failing for another reason (a decision stops when the reason changes). The caller
-- applies one only to a record that fails for the reason it was made on.
SELECT e.exception_id, e.reconciliation_id, e.run_id, e.check_id, e.record_key, e.legacy_ref, e.record_reason, e.decision,
       e.owner_name, e.owner_role, e.reason, e.decided_at
FROM migration.exception e
WHERE NOT EXISTS (SELECT 1 FROM migration.exception later
                  WHERE later.check_id = e.check_id AND later.record_key = e.record_key AND later.exception_id > e.exception_id)
  AND NOT EXISTS (SELECT 1 FROM migration.finding f
                  JOIN migration.reconciliation r ON r.reconciliation_id = f.reconciliation_id
                  WHERE f.check_id = e.check_id AND f.record_key = e.record_key AND f.reason <> e.record_reason
                    AND f.reconciliation_id > e.reconciliation_id AND r.run_id >= e.run_id)
ORDER BY e.exception_id

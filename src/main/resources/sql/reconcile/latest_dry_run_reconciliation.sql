-- The latest reconciliation of the latest successful dry run: the one exceptions are recorded against.
SELECT r.reconciliation_id, r.run_id, r.made_at, r.verdict, r.report_sha256, r.report_path, r.as_of, r.go_live,
       r.legacy_identity, r.target_identity, r.check_set_hash, r.whole_state
FROM migration.reconciliation r
WHERE r.run_id = (SELECT max(run_id) FROM migration.run WHERE kind = 'dry-run' AND status = 'SUCCEEDED')
ORDER BY r.reconciliation_id DESC
LIMIT 1

-- The latest reconciliation of one run: the verdict of the run.
SELECT reconciliation_id, run_id, made_at, verdict, report_sha256, report_path, as_of, go_live, legacy_identity,
       target_identity, check_set_hash, whole_state
FROM migration.reconciliation
WHERE run_id = ?
ORDER BY reconciliation_id DESC
LIMIT 1

-- Every run on the target, newest first, with what the status command shows; the verdict and its reconciliation are
-- those of the run's latest reconciliation, except a final load found NO_GO before it was reconciled (legacy changed
-- while it loaded: no_go_reason).
SELECT r.run_id, r.kind, r.status, r.started_at, r.ended_at,
       CASE WHEN r.no_go_reason IS NOT NULL THEN 'NO_GO' ELSE latest.verdict END AS verdict,
       r.mapping_hash, r.resumed, r.since_run_id, r.failure, latest.reconciliation_id, r.no_go_reason,
       latest.check_set_hash
FROM migration.run r
LEFT JOIN LATERAL (SELECT c.verdict, c.reconciliation_id, c.check_set_hash FROM migration.reconciliation c WHERE c.run_id = r.run_id
                   ORDER BY c.reconciliation_id DESC LIMIT 1) latest ON true
ORDER BY r.run_id DESC

-- Every run, newest first, with its latest reconciliation: where its report was written and the hashes it recorded.
SELECT r.run_id, r.kind, r.status, r.started_at, c.reconciliation_id, c.verdict, c.report_path, c.report_sha256, c.html_sha256
FROM migration.run r
LEFT JOIN LATERAL (SELECT x.reconciliation_id, x.verdict, x.report_path, x.report_sha256, x.html_sha256
                   FROM migration.reconciliation x WHERE x.run_id = r.run_id
                   ORDER BY x.reconciliation_id DESC LIMIT 1) c ON true
ORDER BY r.run_id DESC

-- What a reconciliation recorded: its verdict and the SHA-256 of its report.
SELECT verdict, report_sha256 FROM migration.reconciliation WHERE reconciliation_id = ?

-- A run's recorded verdict and the SHA-256 of its report.
SELECT verdict, report_sha256 FROM migration.run WHERE run_id = ?

-- Keeps the verdict and the report's fingerprint with the run, so a sign-off names exactly what was signed.
UPDATE migration.run SET verdict = ?, report_sha256 = ? WHERE run_id = ?

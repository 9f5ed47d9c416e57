-- One fingerprint's own row.
SELECT fingerprint_id, kind, run_id, legacy_server, legacy_database, legacy_clock, seconds
FROM migration.fingerprint WHERE fingerprint_id = ?

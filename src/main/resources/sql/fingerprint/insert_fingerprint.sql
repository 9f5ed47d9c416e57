-- One fingerprint of the legacy tables: at the freeze (run NULL), at a run's start, or after a final load.
INSERT INTO migration.fingerprint (kind, run_id, legacy_server, legacy_database, legacy_clock, seconds)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING fingerprint_id

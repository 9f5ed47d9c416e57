-- A new run, RUNNING until finish_run.sql. Identities are host:port/database, never credentials.
INSERT INTO migration.run (kind, status, legacy_identity, target_identity, mapping_hash, toolkit_version, as_of)
VALUES (?, 'RUNNING', ?, ?, ?, ?, ?)
RETURNING run_id;

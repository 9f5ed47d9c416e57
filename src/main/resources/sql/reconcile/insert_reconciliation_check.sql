-- The status of one check in one reconciliation, with the owner who decides on its records.
INSERT INTO migration.reconciliation_check (reconciliation_id, check_id, status, legacy_count, target_count, owner)
VALUES (?, ?, ?, ?, ?, ?)

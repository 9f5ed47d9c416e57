-- One failing record of a check in one reconciliation, and the decision in force for it (or NULL).
INSERT INTO migration.finding (reconciliation_id, check_id, record_key, legacy_ref, reason, status, exception_id)
VALUES (?, ?, ?, ?, ?, ?, ?)

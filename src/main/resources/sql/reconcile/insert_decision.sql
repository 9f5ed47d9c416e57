-- One decision of a data owner about one failing record.
INSERT INTO migration.exception (reconciliation_id, run_id, check_id, record_key, legacy_ref, record_reason, decision,
                                 owner_name, owner_role, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING exception_id, decided_at

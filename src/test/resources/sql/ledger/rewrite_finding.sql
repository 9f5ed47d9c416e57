-- A superuser switches the record triggers off for the session and points one failing record at another child.
SET session_replication_role = replica;
UPDATE migration.finding SET legacy_ref = ? WHERE reconciliation_id = ? AND check_id = ? AND record_key = ?

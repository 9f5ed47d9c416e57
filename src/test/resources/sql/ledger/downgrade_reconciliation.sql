-- A superuser switches the record triggers off for the session and marks one reconciliation as recorded before V13
-- (ledger_version NULL), so that its findings and crosswalk would no longer be part of its content.
SET session_replication_role = replica;
UPDATE migration.reconciliation SET ledger_version = NULL WHERE reconciliation_id = ?

-- As if every reconciliation had been recorded before the ledger sealed its records (V13): ledger_version NULL.
SET session_replication_role = replica;
UPDATE migration.reconciliation SET ledger_version = NULL

-- A superuser switches the record triggers off for the session and changes the census code of one legacy value in a
-- reconciliation's crosswalk (the first by place and value).
SET session_replication_role = replica;
UPDATE migration.reconciliation_crosswalk SET code = ?
WHERE ctid = (SELECT ctid FROM migration.reconciliation_crosswalk WHERE reconciliation_id = ? AND legacy_value IS NOT NULL
              ORDER BY place, legacy_value LIMIT 1)

-- A superuser switches the record triggers off for the session and rewrites who signed.
SET session_replication_role = replica;
UPDATE migration.sign_off SET owner_name = ? WHERE sign_off_id = ?

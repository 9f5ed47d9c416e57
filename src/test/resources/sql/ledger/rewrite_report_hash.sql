-- A superuser switches the record triggers off for the session and points a sign-off at an edited report: its path and hash.
SET session_replication_role = replica;
UPDATE migration.sign_off SET report_path = ?, report_sha256 = ? WHERE sign_off_id = ?

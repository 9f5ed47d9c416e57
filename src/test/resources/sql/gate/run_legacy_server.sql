-- What a run recorded about the legacy server and database it read.
SELECT legacy_server, legacy_database FROM migration.run WHERE run_id = ?

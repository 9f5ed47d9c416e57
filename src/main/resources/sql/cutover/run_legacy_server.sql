-- The legacy server and database a run read, as the server named itself when the run started.
SELECT legacy_server, legacy_database FROM migration.run WHERE run_id = ?

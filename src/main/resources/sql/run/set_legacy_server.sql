-- Which legacy server and database the run reads, as the server names itself (not as the URL does).
UPDATE migration.run SET legacy_server = ?, legacy_database = ? WHERE run_id = ?

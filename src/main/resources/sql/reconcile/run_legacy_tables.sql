-- The legacy tables a run read, each once.
SELECT DISTINCT legacy_table FROM migration.run_table WHERE run_id = ? ORDER BY legacy_table

-- One mapping's counts in one run.
SELECT read, loaded, excluded, rejected FROM migration.run_table WHERE run_id = ? AND mapping_id = ?

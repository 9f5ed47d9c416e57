-- The slowest mappings of one run, for the runbook's expectations.
SELECT mapping_id, seconds FROM migration.run_table WHERE run_id = ? AND seconds IS NOT NULL ORDER BY seconds DESC LIMIT 3

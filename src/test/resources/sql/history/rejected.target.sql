-- Rows the run rejected, by its own counters.
SELECT COALESCE(SUM(rejected), 0) FROM migration.run_table WHERE run_id = ?

-- Per mapping of an interrupted run: its counts so far and whether it finished (seconds set); checkpoints come per range.
SELECT t.mapping_id, t.read, t.loaded, t.excluded, t.rejected, t.seconds
FROM migration.run_table t
WHERE t.run_id = ?

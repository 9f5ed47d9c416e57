-- Per mapping of an interrupted run: its counts so far, whether it finished (seconds set) and its checkpoint.
SELECT t.mapping_id, t.read, t.loaded, t.excluded, t.rejected, t.seconds, c.last_key, c.chunks
FROM migration.run_table t
LEFT JOIN migration.checkpoint c ON c.run_id = t.run_id AND c.mapping_id = t.mapping_id
WHERE t.run_id = ?

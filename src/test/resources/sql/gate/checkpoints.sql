-- A run's checkpoints and counts as text: unchanged when a resume reloads nothing.
SELECT mapping_id || ' ' || last_key || ' ' || chunks || ' ' || committed_at FROM migration.checkpoint WHERE run_id = ?
UNION ALL
SELECT mapping_id || ' read=' || read || ' loaded=' || loaded FROM migration.run_table WHERE run_id = ?
ORDER BY 1

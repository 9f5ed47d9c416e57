-- The run's own counters claim one row more loaded for every mapping: read no longer balances and the target
-- holds one row fewer than "loaded", for each mapping.
-- pick: the reconciled run and how many mappings it counted (rows); plant: loaded + 1; undo: loaded - 1.
SELECT r.run_id AS run, (SELECT count(*) FROM migration.run_table t WHERE t.run_id = r.run_id) AS rows
FROM migration.run r WHERE r.kind = 'dry-run' AND r.status = 'SUCCEEDED' ORDER BY r.run_id DESC LIMIT 1;
UPDATE migration.run_table SET loaded = loaded + 1 WHERE run_id = :run;
UPDATE migration.run_table SET loaded = loaded - 1 WHERE run_id = :run;

-- The latest run on the target: id, status, how often it was resumed, how many mappings have a
-- checkpoint, how many legacy rows its chunks have committed so far, and how many mappings read
-- in key ranges have committed some of their chunks but not finished (a kill there cuts a split table).
SELECT run_id, status, resumed,
       (SELECT count(DISTINCT c.mapping_id) FROM migration.checkpoint c WHERE c.run_id = r.run_id),
       (SELECT coalesce(sum(t.read), 0) FROM migration.run_table t WHERE t.run_id = r.run_id),
       (SELECT count(*) FROM migration.run_table t WHERE t.run_id = r.run_id AND t.seconds IS NULL
            AND EXISTS (SELECT 1 FROM migration.key_range k WHERE k.run_id = t.run_id AND k.mapping_id = t.mapping_id)
            AND EXISTS (SELECT 1 FROM migration.checkpoint c WHERE c.run_id = t.run_id AND c.mapping_id = t.mapping_id))
FROM migration.run r ORDER BY run_id DESC LIMIT 1

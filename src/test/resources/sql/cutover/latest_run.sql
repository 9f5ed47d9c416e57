-- The latest run on the target: id, status, how often it was resumed, how many mappings have a
-- checkpoint, and how many legacy rows its chunks have committed so far.
SELECT run_id, status, resumed,
       (SELECT count(*) FROM migration.checkpoint c WHERE c.run_id = r.run_id),
       (SELECT coalesce(sum(t.read), 0) FROM migration.run_table t WHERE t.run_id = r.run_id)
FROM migration.run r ORDER BY run_id DESC LIMIT 1

-- The latest run on the target: id, status and how often it was resumed.
SELECT run_id, status, resumed, (SELECT count(*) FROM migration.checkpoint c WHERE c.run_id = r.run_id)
FROM migration.run r ORDER BY run_id DESC LIMIT 1

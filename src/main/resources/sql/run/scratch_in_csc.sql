-- The scratch run csc holds, if any: the latest scratch run made after the latest full load (a dry run or a final
-- load empties csc and loads everything; a scratch run empties csc and loads only part of it, whatever its status).
SELECT run_id, status FROM migration.run
WHERE kind = 'scratch'
  AND run_id > (SELECT coalesce(max(run_id), 0) FROM migration.run WHERE kind IN ('dry-run', 'final-load'))
ORDER BY run_id DESC
LIMIT 1

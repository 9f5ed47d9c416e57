-- The latest full load into csc (a dry run or a final load empties csc and loads every mapping), with its outcome: what
-- csc holds unless a later scratch run replaced part of it (scratch_in_csc.sql).
SELECT run_id, kind, status FROM migration.run
WHERE kind IN ('dry-run', 'final-load')
ORDER BY run_id DESC
LIMIT 1

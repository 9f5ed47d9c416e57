-- The run that made the target production (NULL when it is not): purge --after-cutover purges it and every run before.
SELECT CASE WHEN production THEN marked_by_run END FROM migration.target_status

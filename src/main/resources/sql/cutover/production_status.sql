-- Whether the target is production already, and which run made it so.
SELECT production, marked_by_run, marked_at FROM migration.target_status

-- Whether the target is production, and since which final load: a delta would overwrite what staff entered since.
SELECT production, marked_by_run FROM migration.target_status

-- The target's production mark.
SELECT production, marked_by_run FROM migration.target_status

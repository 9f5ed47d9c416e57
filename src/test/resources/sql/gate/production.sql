-- Whether the target is marked production.
SELECT production FROM migration.target_status

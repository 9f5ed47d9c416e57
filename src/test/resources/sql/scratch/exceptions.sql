-- Every owner decision the target recorded.
SELECT COUNT(*) FROM migration.exception

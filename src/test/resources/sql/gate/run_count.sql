-- How many runs the target has recorded.
SELECT count(*) FROM migration.run

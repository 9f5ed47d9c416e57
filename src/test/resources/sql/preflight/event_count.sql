-- How many cutover events the target has recorded.
SELECT count(*) FROM migration.event

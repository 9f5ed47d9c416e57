-- How many runs of one kind the target has.
SELECT count(*) FROM migration.run WHERE kind = ?

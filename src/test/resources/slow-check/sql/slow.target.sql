-- One row, at once.
SELECT 1 AS n

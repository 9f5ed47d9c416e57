-- One row, after five seconds.
SELECT COUNT(*) AS n FROM (SELECT SLEEP(5) AS slept) s

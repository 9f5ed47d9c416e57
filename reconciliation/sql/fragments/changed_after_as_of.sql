-- One legacy table ({arg}, which records updated_dt): its rows stamped on a day after the as-of date, and the latest
-- such stamp. A stamp later than the legacy server's own clock is a bad stamp, not a change legacy has seen: left out.
SELECT '{arg}' AS source, COUNT(*) AS n, MAX(updated_dt) AS latest FROM {arg}
WHERE updated_dt >= {asOf} + INTERVAL 1 DAY AND updated_dt <= NOW()

-- One CareFirst table ({arg}, which records updated_on): its rows stamped on a day after the as-of date, and the latest
-- such stamp. A stamp later than the server's own clock is a bad stamp, not a change CareFirst has seen: left out.
SELECT '{arg}' AS source, COUNT(*) AS n, MAX(updated_on) AS latest FROM {arg}
WHERE updated_on >= {asOf} + INTERVAL 1 DAY AND updated_on <= NOW()

-- A legacy DATE or DATETIME that is a real date (not NULL, not a zero date, not an impossible day such as
-- 2011-04-00 or year 0), as a DATE: date arithmetic gives NULL for exactly those.
(CASE WHEN {arg} + INTERVAL 0 DAY IS NULL THEN NULL ELSE DATE({arg}) END)

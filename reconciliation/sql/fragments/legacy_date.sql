-- A legacy DATE as yyyy-mm-dd text; NULL for a zero date (0000-00-00) and for any value that is not a real
-- calendar day (2011-00-00, 2011-02-30 under a lax sql_mode, year 0), as the migration rules say: date arithmetic
-- gives NULL for exactly those.
(CASE WHEN {arg} + INTERVAL 0 DAY IS NULL THEN NULL ELSE DATE_FORMAT({arg}, '%Y-%m-%d') END)

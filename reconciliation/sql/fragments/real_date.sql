-- A legacy DATE or DATETIME that is a real date (not NULL, not a zero date), as a DATE.
(CASE WHEN {arg} IS NULL OR DATE({arg}) IS NULL OR YEAR({arg}) = 0 THEN NULL ELSE DATE({arg}) END)

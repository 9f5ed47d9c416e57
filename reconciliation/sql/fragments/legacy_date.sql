-- A legacy DATE as yyyy-mm-dd text; a zero date (0000-00-00) is NULL, as the migration rules say.
(CASE WHEN {arg} IS NULL OR {arg} = '0000-00-00' THEN NULL ELSE DATE_FORMAT({arg}, '%Y-%m-%d') END)

-- How the notes' guards stand now (migration.csc_guard_state, V16), as sorted lines: what a run's mark records and
-- what sign-off compares it with.
SELECT COALESCE(string_agg(line, E'\n' ORDER BY line), '') FROM migration.csc_guard_state

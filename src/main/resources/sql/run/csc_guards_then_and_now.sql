-- How the notes' guards stood when the load of the run that last loaded csc ended (its first mark) and how they stand
-- now (migration.csc_guard_state, V16), each as sorted lines; no row when that run has no mark.
WITH latest AS (
  SELECT max(run_id) AS run_id FROM migration.run WHERE kind IN ('dry-run', 'final-load', 'delta')
),
first_mark AS (
  SELECT m.run_id, m.guard_state
  FROM migration.run_csc_mark m JOIN latest l ON l.run_id = m.run_id
  ORDER BY m.last_change_id, m.marked_at
  LIMIT 1
)
SELECT f.run_id, f.guard_state AS then_state,
       (SELECT COALESCE(string_agg(line, E'\n' ORDER BY line), '') FROM migration.csc_guard_state) AS now_state
FROM first_mark f

-- A run's load ended: the last write on csc noted so far is its mark, with how the notes' guards stand now (parameter 2,
-- from csc_guard_state_now.sql; V16).
INSERT INTO migration.run_csc_mark (run_id, last_change_id, guard_state)
SELECT ?, (SELECT COALESCE(max(change_id), 0) FROM migration.csc_change), ?

-- The run that last loaded csc (a dry run, a final load or a delta), whether it was reconciled, and its first mark
-- (V16): the last note and how the notes' guards stood when its load ended. A later mark never counts (a final load
-- resumed after its load ended finds nothing to load; one added by hand must not hide a write). The mark's columns are
-- NULL when the run has none (its load did not end, or an earlier switchover made it); no row when there is no run.
SELECT r.run_id, EXISTS (SELECT 1 FROM migration.reconciliation c WHERE c.run_id = r.run_id) AS reconciled,
       m.last_change_id, m.guard_state
FROM migration.run r
LEFT JOIN LATERAL (SELECT k.last_change_id, k.guard_state FROM migration.run_csc_mark k WHERE k.run_id = r.run_id
                   ORDER BY k.last_change_id, k.marked_at LIMIT 1) m ON true
WHERE r.run_id = (SELECT max(run_id) FROM migration.run WHERE kind IN ('dry-run', 'final-load', 'delta'))

-- The actions recorded for one run, in order.
SELECT action FROM migration.event WHERE run_id = ? ORDER BY event_id

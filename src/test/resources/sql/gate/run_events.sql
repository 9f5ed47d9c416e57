-- The steps one run recorded, in order: not the audit event of the command that ran it (which has options, if empty).
SELECT action FROM migration.event WHERE run_id = ? AND options IS NULL ORDER BY event_id

-- The final load's steps in the audit trail, in order (its audit event, which carries the options, aside).
SELECT action FROM migration.event WHERE command = 'final-load' AND options IS NULL ORDER BY event_id

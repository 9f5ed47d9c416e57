-- The final load's audit trail, in order.
SELECT action FROM migration.event WHERE command = 'final-load' ORDER BY event_id

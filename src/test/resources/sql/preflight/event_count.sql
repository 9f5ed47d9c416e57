-- How many cutover step events the target has recorded (each command's own audit event, which carries its options, aside).
SELECT count(*) FROM migration.event WHERE options IS NULL

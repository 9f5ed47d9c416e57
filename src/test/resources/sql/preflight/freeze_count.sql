-- How many freezes the target has recorded (each a fingerprint of the legacy tables).
SELECT count(*) FROM migration.fingerprint WHERE kind = 'freeze'

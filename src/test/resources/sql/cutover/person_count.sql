-- The persons in csc.
SELECT count(*) FROM csc.ssd_person

-- The test counts the persons csc holds.
SELECT COUNT(*) FROM csc.ssd_person

-- Children the target holds with no ethnicity.
SELECT COUNT(*) FROM csc.ssd_person WHERE pers_ethnicity IS NULL

-- Persons with neither a date of birth nor an expected date of birth.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_dob IS NULL AND p.pers_expected_dob IS NULL
ORDER BY p.pers_person_id

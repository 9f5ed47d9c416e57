-- Persons with both a date of birth and an expected date of birth, or neither (census 8525).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE (p.pers_dob IS NULL) = (p.pers_expected_dob IS NULL)
ORDER BY p.pers_person_id

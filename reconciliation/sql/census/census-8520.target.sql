-- Persons born after the extract date (census 8520); the date itself is not shown.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_dob > {asOf}
ORDER BY p.pers_person_id

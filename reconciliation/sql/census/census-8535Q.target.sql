-- Persons whose date of death is before their date of birth (census 8535Q).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_death_date < p.pers_dob
ORDER BY p.pers_person_id

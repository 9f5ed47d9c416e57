-- Persons whose UPN is not a letter, 11 digits and a digit or letter (census 1540/1550).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_upn IS NOT NULL AND p.pers_upn !~ '^[A-Z][0-9]{11}[0-9A-Z]$'
ORDER BY p.pers_person_id

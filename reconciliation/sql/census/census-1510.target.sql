-- Persons whose UPN (13 characters, digits at 2 to 13) starts with the wrong check letter (census 1510). UPNs of another
-- shape are census-1540's.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_upn ~ '^.[0-9]{12}$'
  AND substr(p.pers_upn, 1, 1) <> {{upn_check_letter p.pers_upn}}
ORDER BY p.pers_person_id

-- Persons with no disability row at all (census: every child has at least one code, NONE included).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE NOT EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = p.pers_person_id)
ORDER BY p.pers_person_id

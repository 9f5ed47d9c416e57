-- Persons sharing a UPN (census 1520), each by its person id.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_upn IN (SELECT pers_upn FROM csc.ssd_person WHERE pers_upn IS NOT NULL GROUP BY pers_upn HAVING count(*) > 1)
ORDER BY p.pers_person_id

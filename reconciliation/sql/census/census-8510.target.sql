-- Persons sharing an LA child ID (census 8510), each by its person id.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_legacy_id IN (SELECT pers_legacy_id FROM csc.ssd_person GROUP BY pers_legacy_id HAVING count(*) > 1)
ORDER BY p.pers_person_id

-- Persons without an LA child ID (census 8500).
SELECT p.pers_person_id::text AS row_key, 'client_no ' || p.pers_person_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_legacy_id IS NULL OR btrim(p.pers_legacy_id) = ''
ORDER BY p.pers_person_id

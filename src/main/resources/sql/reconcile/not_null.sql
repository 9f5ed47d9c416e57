-- Target rows whose mandatory field is NULL, by row key, with the child's legacy reference.
SELECT t.{key}::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.{table} t
LEFT JOIN csc.ssd_person p ON p.pers_person_id = t.{personColumn}
WHERE t.{field} IS NULL
ORDER BY 1

-- Target rows whose mandatory field is NULL, by row key, with the child's legacy reference (the person mapping's
-- target table, key and reference column, as the project's mapping files declare them).
SELECT t.{key}::text AS row_key, p.{personRef} AS legacy_ref
FROM csc.{table} t
LEFT JOIN csc.{personTable} p ON p.{personKey} = t.{personColumn}
WHERE t.{field} IS NULL
ORDER BY 1

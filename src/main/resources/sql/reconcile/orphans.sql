-- Target rows whose link names no row of the parent table (links without a foreign key).
SELECT t.{key}::text AS row_key, t.{column}::text AS missing_parent
FROM csc.{table} t
WHERE t.{column} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.{parentTable} p WHERE p.{parentColumn} = t.{column})
ORDER BY 1

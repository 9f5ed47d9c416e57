-- Foreign keys of one schema: first referencing column, referenced table and column, key width, deferrability.
SELECT cl.relname AS table_name, a.attname AS column_name, rcl.relname AS referenced_table,
       ra.attname AS referenced_column, cardinality(con.conkey) AS width, con.condeferrable, con.condeferred
FROM pg_constraint con
JOIN pg_class cl ON cl.oid = con.conrelid
JOIN pg_namespace n ON n.oid = cl.relnamespace
JOIN pg_class rcl ON rcl.oid = con.confrelid
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[1]
WHERE con.contype = 'f' AND n.nspname = ?
ORDER BY 1, 2

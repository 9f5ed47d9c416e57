-- The leading column of every index in one schema (an index serves lookups on its leading column).
SELECT cl.relname AS table_name, a.attname AS column_name
FROM pg_index i
JOIN pg_class cl ON cl.oid = i.indrelid
JOIN pg_namespace n ON n.oid = cl.relnamespace
JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
WHERE n.nspname = ?

-- What is set aside, indexes before foreign keys (building an index first keeps each step simple to read in a log).
SELECT kind, table_name, object_name, restore_sql
FROM migration.deferred_load_object
ORDER BY CASE kind WHEN 'index' THEN 0 ELSE 1 END, table_name, object_name

-- The SQL type of a csc table's key column, so key lists can be bound as an array of that type (index use).
SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
WHERE a.attrelid = to_regclass('csc.' || ?) AND a.attname = ? AND NOT a.attisdropped

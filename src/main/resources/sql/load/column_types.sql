-- The type of every column of one target table (parameter: the table's name in schema csc), read once
-- per table to pick each column's binary COPY encoder. A domain or array type has its own typname and
-- so no encoder: such a table is loaded as COPY text. No row: no such table (the COPY reports it).
SELECT a.attname, t.typname, a.atttypmod
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE n.nspname = 'csc' AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped

-- Columns of one table of the current database, in declaration order.
SELECT column_name, column_type, is_nullable, column_key, extra, column_default, character_set_name
FROM information_schema.columns
WHERE table_schema = DATABASE() AND table_name = ?
ORDER BY ordinal_position;

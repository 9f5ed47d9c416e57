-- The columns of one legacy table in their order, with their types and whether they may hold NULL: every one goes
-- into the row hash (row_text.legacy.sql).
SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?
ORDER BY ORDINAL_POSITION

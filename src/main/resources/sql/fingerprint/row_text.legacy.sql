-- A row's hashed text: every column length-prefixed, '|' between them, N for NULL (row_column.legacy.sql). {flat} is
-- one CONCAT of every column's parts, its NOT NULL columns without a nested CONCAT (row_column_not_null.legacy.sql):
-- the same text, about a tenth cheaper for the legacy server to build. Should a NOT NULL column ever give NULL, that
-- CONCAT is NULL and {definition}, the text by its definition (CONCAT_WS of row_column.legacy.sql), is hashed instead,
-- so no row drops out of BIT_XOR.
IFNULL(CONCAT({flat}), CONCAT_WS('|', {definition}))

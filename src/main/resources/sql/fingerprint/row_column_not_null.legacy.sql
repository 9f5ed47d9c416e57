-- A NOT NULL column's part of a row's hashed text ({column} quoted), as arguments of one flat CONCAT: its length, ':'
-- and its value, the same text row_column.legacy.sql gives without the nested CONCAT and IFNULL.
CHAR_LENGTH({column}), ':', {column}

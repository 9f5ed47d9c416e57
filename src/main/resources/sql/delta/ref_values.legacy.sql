-- Key and reference columns of every row of one legacy table: which rows point at something the delta changed.
SELECT {columns} FROM {table}

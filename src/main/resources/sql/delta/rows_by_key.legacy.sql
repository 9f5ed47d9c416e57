-- The legacy rows of a list of keys ({placeholders} is one ? per key), in key order like a chunk.
SELECT {columns} FROM {table} WHERE {key} IN ({placeholders}) ORDER BY {key}

-- One keyset chunk of one key range of a legacy table, in key order: keys after the last one read (the range's
-- lower bound before the first chunk; NULL: from the table's first key) up to and including the range's upper
-- bound (NULL: to the table's last key). {columns}, {table} and {key} are validated, back-quoted identifiers;
-- bound are the last key twice, the upper bound twice, and the chunk size.
SELECT {columns}
FROM {table}
WHERE (? IS NULL OR {key} > ?) AND (? IS NULL OR {key} <= ?)
ORDER BY {key}
LIMIT ?

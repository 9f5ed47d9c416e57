-- One keyset chunk of a legacy table, in key order. {columns}, {table} and {key} are validated,
-- back-quoted identifiers substituted once per mapping; the previous chunk's last key and the
-- chunk size are bound. The first chunk binds NULL as the last key, so one statement serves all.
SELECT {columns}
FROM {table}
WHERE (? IS NULL OR {key} > ?)
ORDER BY {key}
LIMIT ?

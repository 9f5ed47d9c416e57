-- The target key of the child whose reference column holds the legacy reference (names from the mapping declared
-- role: person: {table}, its key {key} and its reference column {reference}).
SELECT {key}::text FROM csc.{table} WHERE {reference} = ?

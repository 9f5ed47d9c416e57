-- The rows of one mapping's target table {table} that belong to one child: its column {person} refers to the person
-- (ref: person in the mapping), each row named by {key}.
SELECT {key}::text FROM csc.{table} WHERE {person}::text = ? ORDER BY 1

-- A coded legacy column's values, each exact spelling with its rows ({table}, {column}: quoted identifiers from a
-- mapping file). The collation ignores case, so the grouping is on the bytes: 'B1' and 'b1' are listed apart.
SELECT {column} AS value, COUNT(*) AS n FROM {table} GROUP BY CAST({column} AS BINARY), {column}

-- A coded target column's codes with their rows ({table}, {column}: quoted identifiers from a mapping file).
SELECT {column}::text AS code, COUNT(*) AS n FROM csc.{table} GROUP BY 1

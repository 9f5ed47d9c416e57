-- How many rows of one target table ({table}) carry each census code in one coded column ({column}).
SELECT {column}::text, count(*) FROM csc.{table} WHERE {column} IS NOT NULL GROUP BY 1 ORDER BY 1

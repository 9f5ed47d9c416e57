-- Key column values of one csc table and a fetched column (as text), for lookups inside the delta's transaction.
SELECT {key}::text, {value}::text FROM csc.{table}

-- Every distinct value of one csc table's legacy-key column, as text.
SELECT DISTINCT {key}::text FROM csc.{table}

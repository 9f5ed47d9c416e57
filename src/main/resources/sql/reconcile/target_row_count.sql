-- Rows actually in the target table.
SELECT count(*) AS n FROM csc.{targetTable}

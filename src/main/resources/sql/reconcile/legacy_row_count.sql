-- Rows in the legacy table: what the pipeline must have read.
SELECT COUNT(*) AS n FROM `{legacyTable}`

-- Rows in a legacy table, for progress totals. {table} is a validated, back-quoted identifier.
SELECT COUNT(*) FROM {table}

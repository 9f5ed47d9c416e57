-- The test counts a shared set's rows.
SELECT COUNT(*) FROM {table}

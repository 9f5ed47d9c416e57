-- Fresh planner statistics for one csc table after its bulk load (reconciliation queries follow).
-- {table} is a checked, double-quoted identifier.
ANALYZE csc.{table}

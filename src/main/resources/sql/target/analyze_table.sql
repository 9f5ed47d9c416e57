-- Fresh planner statistics for one csc table after its bulk load (reconciliation queries follow).
-- A sample of 3,000 rows (statistics target 10) instead of the default 30,000: the reconciliation's
-- joins need row counts and distinct counts, not fine histograms, and the smaller sample is a tenth of the work.
-- {table} is a checked, double-quoted identifier.
SET default_statistics_target = 10;
ANALYZE csc.{table};
RESET default_statistics_target;

-- The server's estimate of a legacy table's rows (its statistics, no scan), for progress totals only.
SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?

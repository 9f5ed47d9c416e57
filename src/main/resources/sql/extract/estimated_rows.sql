-- The server's estimate of a legacy table's rows (its statistics, no scan): for progress totals, and for how wide a large
-- table's fresh fingerprint buckets are. Never a count that anything is checked against.
SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?

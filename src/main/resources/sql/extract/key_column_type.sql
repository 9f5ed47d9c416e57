-- The type of a legacy table's key column (int, bigint, varchar, ...): integer keys are split by value, others by quantile.
SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?

-- Every name in the legacy database that holds no rows of its own (a view, a sequence), with its type: a reconciliation
-- refuses one named like a table its run read. A system-versioned table is a table.
SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE NOT IN ('BASE TABLE', 'SYSTEM VERSIONED')

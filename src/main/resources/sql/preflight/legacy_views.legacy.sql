-- Every name in the legacy database that holds no rows of its own (a view, a sequence), with its type: the preflight
-- refuses one that the mappings read as a table, and a reconciliation one named like a table its run read. A
-- system-versioned table (MariaDB) is a table: reading it gives its current rows.
SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE NOT IN ('BASE TABLE', 'SYSTEM VERSIONED')

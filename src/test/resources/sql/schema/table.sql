-- Engine and default collation of one table of the current database.
SELECT engine, table_collation FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?;

-- The test takes from the legacy reader the right to create temporary tables, leaving it SELECT alone.
REVOKE CREATE TEMPORARY TABLES ON `%2$s`.* FROM '%1$s'@'%%'

-- The test adds a row to a shared set's table, to see whether it is built again.
INSERT INTO {table} VALUES (2)

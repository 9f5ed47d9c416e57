-- A shared set's table, dropped before it is built: a table of that name left on a reused session is not trusted
-- to hold the set.
DROP TEMPORARY TABLE IF EXISTS {table}

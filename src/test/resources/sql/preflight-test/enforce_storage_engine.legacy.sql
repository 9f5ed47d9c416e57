-- The engine the server makes every new table of, whatever the statement asks for (NULL: none enforced).
SET GLOBAL enforce_storage_engine = ?

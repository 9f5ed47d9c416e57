-- The engine the server enforces on every new table, as text ("null" when none).
SELECT @@GLOBAL.enforce_storage_engine

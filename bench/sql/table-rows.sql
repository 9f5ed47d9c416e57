-- Legacy tables of the schema named by @db, largest first (the ceiling starts the big ones first).
SELECT table_name FROM information_schema.tables WHERE table_schema = @db ORDER BY data_length DESC;

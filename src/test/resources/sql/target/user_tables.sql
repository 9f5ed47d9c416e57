-- How many tables the database holds outside the catalogs: none where nothing has been created.
SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')

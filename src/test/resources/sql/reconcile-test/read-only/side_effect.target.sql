-- A check's target query that passes the text check but changes the target: the read-only session refuses it.
SELECT nextval('migration.run_run_id_seq')::text AS row_key

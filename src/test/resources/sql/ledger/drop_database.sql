-- Drops a copy made by copy_database.sql.
DROP DATABASE IF EXISTS "%1$s" WITH (FORCE)

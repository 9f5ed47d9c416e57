-- On the target PostgreSQL server, as a superuser: the role that loads. It owns the target database, so Flyway can create
-- the schemas csc and migration and a load can empty csc (TRUNCATE needs the owner). Set its password yourself (ALTER ROLE …
-- PASSWORD …) and give it to the toolkit in TARGET_PASSWORD.
CREATE ROLE "{targetOwner}" LOGIN;
ALTER DATABASE "{targetDatabase}" OWNER TO "{targetOwner}";

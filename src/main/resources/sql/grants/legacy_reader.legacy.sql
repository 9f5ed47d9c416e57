-- On the legacy MySQL/MariaDB server, as an administrator: a user that can only read the legacy database. Set its password
-- yourself (ALTER USER … IDENTIFIED BY …) and give it to the toolkit in LEGACY_PASSWORD; it never appears here.
-- CREATE TEMPORARY TABLES: the reconciliation builds the sets its checks share (reconciliation/sql/shared) in its own
-- session's temporary tables, which no other session sees and which go when it ends; it changes no legacy table.
CREATE USER IF NOT EXISTS '{legacyReader}'@'%';
GRANT SELECT, CREATE TEMPORARY TABLES ON `{legacyDatabase}`.* TO '{legacyReader}'@'%';

-- On the legacy MySQL/MariaDB server, as an administrator: a user that can only read the legacy database. Set its password
-- yourself (ALTER USER … IDENTIFIED BY …) and give it to the toolkit in LEGACY_PASSWORD; it never appears here.
CREATE USER IF NOT EXISTS '{legacyReader}'@'%';
GRANT SELECT ON `{legacyDatabase}`.* TO '{legacyReader}'@'%';

-- The legacy server's version string ("10.11.19-MariaDB" or a MySQL version).
SELECT VERSION()

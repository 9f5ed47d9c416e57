-- What the server said about the statement just run on this connection (Level, Code, Message). A fingerprint query
-- that drew a warning hashed something other than the rows: MariaDB and MySQL answer a CONCAT longer than
-- max_allowed_packet with NULL and a warning, so under a small packet limit every long value would hash as the same
-- 'N' and an edit to it would go unseen.
SHOW WARNINGS

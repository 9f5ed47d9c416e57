-- The server-wide packet limit and the warnings a session keeps: what a new session starts with.
SELECT @@GLOBAL.max_allowed_packet, @@GLOBAL.max_error_count

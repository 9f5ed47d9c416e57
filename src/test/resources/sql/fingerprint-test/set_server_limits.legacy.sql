-- Sets the server-wide packet limit (?) and the warnings a session keeps (?) for every new session.
SET GLOBAL max_allowed_packet = ?, GLOBAL max_error_count = ?

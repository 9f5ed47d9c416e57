-- Lifts read_only_session.sql for one statement that writes only to the session's own temporary table (a shared set):
-- MariaDB refuses CREATE TEMPORARY TABLE in a read-only session, MySQL does not. read_only_session.sql follows it.
SET SESSION TRANSACTION READ WRITE

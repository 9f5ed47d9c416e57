-- Gives back the load lock taken by try_load_lock.sql (closing the session would too).
SELECT pg_advisory_unlock(?)

-- Takes the session-level advisory lock that marks "a load is writing to this target" (dry run, final load,
-- delta); true when this session now holds it, false when another session does. The key is fixed: one per database.
SELECT pg_try_advisory_lock(?)

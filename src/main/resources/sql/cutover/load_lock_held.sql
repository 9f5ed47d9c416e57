-- Whether any session holds the load lock on this database (TargetLoadLock.LOCK_KEY): PostgreSQL keeps a bigint
-- advisory key as its high 32 bits in classid and its low 32 bits in objid, with objsubid 1.
SELECT count(*) > 0 FROM pg_locks
WHERE locktype = 'advisory' AND granted AND objsubid = 1
  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND classid::bigint = ? AND objid::bigint = ?

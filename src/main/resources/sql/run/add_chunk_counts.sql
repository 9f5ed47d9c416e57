-- Adds one committed chunk's counts, in the chunk's own transaction, so the counts always match
-- what is in the target even when a run stops half way.
UPDATE migration.run_table
SET read = read + ?, loaded = loaded + ?, excluded = excluded + ?, rejected = rejected + ?
WHERE run_id = ? AND mapping_id = ?;

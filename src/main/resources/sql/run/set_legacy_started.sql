-- When (by the legacy clock) the run started reading.
UPDATE migration.run SET legacy_started_at = ? WHERE run_id = ?

-- Links a delta run to the load it started from.
UPDATE migration.run SET since_run_id = ? WHERE run_id = ?

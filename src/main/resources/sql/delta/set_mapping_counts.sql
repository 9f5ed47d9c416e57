-- A delta run's counts of one mapping for the whole table: read = loaded + excluded + rejected, as a full load's.
UPDATE migration.run_table SET read = ?, loaded = ?, excluded = ?, rejected = ? WHERE run_id = ? AND mapping_id = ?

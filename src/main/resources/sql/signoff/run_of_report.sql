-- The run a reconciliation report belongs to: what it migrated with.
SELECT kind, status, mapping_hash, toolkit_version FROM migration.run WHERE run_id = ?

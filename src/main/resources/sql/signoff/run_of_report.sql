-- The run a reconciliation report belongs to: what it migrated with and what the reconciliation recorded.
SELECT kind, status, mapping_hash, toolkit_version, verdict, report_sha256 FROM migration.run WHERE run_id = ?

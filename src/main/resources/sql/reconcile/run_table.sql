-- The pipeline's own counts for one mapping of the run being reconciled.
SELECT mapping_id, read, loaded, excluded, rejected
FROM migration.run_table
WHERE run_id = {runId} AND legacy_table = '{legacyTable}' AND target_table = '{targetTable}'

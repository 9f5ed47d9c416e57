-- What a run recorded about itself.
SELECT kind, status, started_at IS NOT NULL, ended_at >= started_at, legacy_identity, target_identity, mapping_hash,
       (SELECT count(*) FROM migration.run_table t WHERE t.run_id = r.run_id)
FROM migration.run r WHERE run_id = ?

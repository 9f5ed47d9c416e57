-- A run's rejects: target table, the legacy row's key, the reason.
SELECT target_table, legacy_key, reason FROM migration.reject WHERE run_id = ? ORDER BY 1, 2, 3

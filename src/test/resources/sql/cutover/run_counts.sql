-- One run's per-mapping counts plus its reject and lossy totals, as comparable text lines.
SELECT mapping_id || ' read=' || read || ' loaded=' || loaded || ' excluded=' || excluded || ' rejected=' || rejected
FROM migration.run_table WHERE run_id = ?
UNION ALL
SELECT 'rules ' || mapping_id || ' ' || outcome || ' ' || rule || '=' || rows FROM migration.run_rule WHERE run_id = ?
UNION ALL
SELECT 'rejects=' || count(*) FROM migration.reject WHERE run_id = ?
UNION ALL
SELECT 'lossy=' || count(*) FROM migration.lossy_conversion WHERE run_id = ?
ORDER BY 1

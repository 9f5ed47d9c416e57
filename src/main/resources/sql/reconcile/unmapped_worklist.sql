-- The run's unmapped values as the engineers' worklist: each legacy value with no code, per legacy column and target
-- table, its rows, and up to five of the children carrying it (legacy reference when the row is a client the target
-- holds (a list item's key is the client's, then ':' and the item), else the legacy row's key). The person is the
-- declared one ({personRows}: sql/reconcile/person_refs.sql; {personLegacyTable}: its source table).
SELECT l.legacy_table, l.column_name, l.target_table, l.raw_value, count(*) AS n,
       (array_agg(COALESCE(p.ref, l.legacy_key) ORDER BY COALESCE(p.ref, l.legacy_key)))[1:5] AS samples
FROM migration.lossy_conversion l
LEFT JOIN ({personRows}) p ON l.legacy_table = '{personLegacyTable}' AND p.k = split_part(l.legacy_key, ':', 1)
WHERE l.run_id = ? AND l.kind = 'UNMAPPED'
GROUP BY l.legacy_table, l.column_name, l.target_table, l.raw_value
ORDER BY l.legacy_table, l.column_name, l.target_table, l.raw_value

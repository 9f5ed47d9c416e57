-- The run's rejects as the engineers' worklist: the legacy row, why, the one column that made it a reject and that
-- column's raw value, and the child's legacy reference. Only that column's value leaves the database, never the row's
-- other values (free text, names, dates of birth). The column follows the reason (README, "rejects (reason code)");
-- an unmapped list item's code is the part of the key after ':'. The person's tables and columns are the declared ones
-- ({personRows}: sql/reconcile/person_refs.sql; {personLegacyTable}, {personLegacyKey}, {personLegacyRef}: its source).
SELECT r.target_table, r.legacy_table, r.legacy_key, r.reason, w.column_name,
       CASE WHEN r.reason = 'unmapped_code' THEN split_part(r.legacy_key, ':', 2)
            ELSE r.raw_values ->> w.column_name END AS raw_value,
       COALESCE(p.ref,
                CASE WHEN r.legacy_table = '{personLegacyTable}' THEN r.raw_values ->> '{personLegacyRef}' END,
                CASE WHEN r.raw_values ->> '{personLegacyKey}' IS NOT NULL
                     THEN '{personLegacyKey} ' || (r.raw_values ->> '{personLegacyKey}') || ' (not in the target)' END) AS legacy_ref
FROM migration.reject r
CROSS JOIN LATERAL (SELECT CASE r.reason
                               WHEN 'unknown_client' THEN '{personLegacyKey}'
                               WHEN 'unknown_referral' THEN 'ref_id'
                               WHEN 'unknown_cp_plan' THEN 'reg_id'
                               WHEN 'merge_chain_broken' THEN '{personLegacyKey}'
                               WHEN 'unmapped_code' THEN 'list item'
                           END AS column_name) w
LEFT JOIN ({personRows}) p ON p.k = r.raw_values ->> '{personLegacyKey}'
WHERE r.run_id = ?
ORDER BY r.target_table, r.reason, r.legacy_key

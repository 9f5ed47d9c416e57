-- The run's rejects as the engineers' worklist: the legacy row, why, the one column that made it a reject and that
-- column's raw value, and the child's legacy reference. Only that column's value leaves the database, never the row's
-- other values (free text, names, dates of birth). The column follows the reason (README, "rejects (reason code)");
-- an unmapped list item's code is the part of the key after ':'.
SELECT r.target_table, r.legacy_table, r.legacy_key, r.reason, w.column_name,
       CASE WHEN r.reason = 'unmapped_code' THEN split_part(r.legacy_key, ':', 2)
            ELSE r.raw_values ->> w.column_name END AS raw_value,
       COALESCE(p.pers_legacy_id,
                CASE WHEN r.legacy_table = 'client' THEN r.raw_values ->> 'legacy_ref' END,
                CASE WHEN r.raw_values ->> 'client_no' IS NOT NULL
                     THEN 'client_no ' || (r.raw_values ->> 'client_no') || ' (not in the target)' END) AS legacy_ref
FROM migration.reject r
CROSS JOIN LATERAL (SELECT CASE r.reason
                               WHEN 'unknown_client' THEN 'client_no'
                               WHEN 'unknown_referral' THEN 'ref_id'
                               WHEN 'unknown_cp_plan' THEN 'reg_id'
                               WHEN 'merge_chain_broken' THEN 'client_no'
                               WHEN 'unmapped_code' THEN 'list item'
                           END AS column_name) w
LEFT JOIN csc.ssd_person p ON p.pers_person_id::text = r.raw_values ->> 'client_no'
WHERE r.run_id = ?
ORDER BY r.target_table, r.reason, r.legacy_key

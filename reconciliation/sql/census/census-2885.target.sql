-- Child protection plans that start on another day than their initial conference (census 2885).
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_plans c
JOIN csc.ssd_initial_cp_conference i ON i.icpc_icpc_id = c.cppl_icpc_id
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_start_date <> i.icpc_icpc_date
ORDER BY c.cppl_cp_plan_id

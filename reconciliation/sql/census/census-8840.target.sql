-- CP plans that start and end on the same day (census 8840).
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_plans c JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_end_date = c.cppl_cp_plan_start_date
ORDER BY c.cppl_cp_plan_id

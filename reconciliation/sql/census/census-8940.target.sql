-- CP plans that start within another plan of the same child: on or after its start, on or before its end (an open plan
-- has not ended) (census 8940).
SELECT DISTINCT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_plans c
JOIN csc.ssd_cp_plans o ON o.cppl_person_id = c.cppl_person_id AND o.cppl_cp_plan_id <> c.cppl_cp_plan_id
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_start_date >= o.cppl_cp_plan_start_date
  AND c.cppl_cp_plan_start_date <= COALESCE(o.cppl_cp_plan_end_date, DATE '9999-12-31')
ORDER BY 1

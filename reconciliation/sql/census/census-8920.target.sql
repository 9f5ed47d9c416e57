-- CP plans that ends after the child's date of death (census 8920).
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_plans c JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_end_date > p.pers_death_date
ORDER BY c.cppl_cp_plan_id

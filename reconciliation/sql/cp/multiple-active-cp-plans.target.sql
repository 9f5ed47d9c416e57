-- Children with more than one active CP plan (census rule 8935), by legacy reference.
SELECT p.pers_legacy_id AS legacy_ref, count(*) AS plans
FROM csc.ssd_cp_plans c
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date > DATE {asOf}
GROUP BY p.pers_person_id, p.pers_legacy_id
HAVING count(*) > 1
ORDER BY p.pers_legacy_id

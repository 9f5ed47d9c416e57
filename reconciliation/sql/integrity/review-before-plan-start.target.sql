-- CP reviews dated before their plan started (census rule 8841).
SELECT r.cppr_cp_review_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cp_reviews r
JOIN csc.ssd_cp_plans c ON c.cppl_cp_plan_id = r.cppr_cp_plan_id
LEFT JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE r.cppr_cp_review_date < c.cppl_cp_plan_start_date
ORDER BY r.cppr_cp_review_id

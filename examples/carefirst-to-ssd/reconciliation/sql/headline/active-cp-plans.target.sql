-- Active CP plans, target side: plans with no end date (or a future one), with latest category, OLA flag
-- and the latest review date.
SELECT c.cppl_cp_plan_id::text AS plan_id, p.pers_legacy_id AS legacy_ref,
       c.cppl_cp_plan_latest_category AS latest_category, c.cppl_cp_plan_ola AS ola,
       to_char(max(r.cppr_cp_review_date), 'YYYY-MM-DD') AS latest_review
FROM csc.ssd_cp_plans c
JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
LEFT JOIN csc.ssd_cp_reviews r ON r.cppr_cp_plan_id = c.cppl_cp_plan_id
WHERE c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date > DATE {asOf}
GROUP BY c.cppl_cp_plan_id, p.pers_legacy_id
ORDER BY c.cppl_cp_plan_id

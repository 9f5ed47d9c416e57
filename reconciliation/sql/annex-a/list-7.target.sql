-- Annex A list 7: CP plans current at the extract date or ended in the period, with categories, latest review and the
-- child's plans that started before this one (described, not compared).
SELECT c.cppl_cp_plan_id::text AS row_key, p.pers_legacy_id AS legacy_ref, c.cppl_cp_plan_start_date::text AS start_date,
       c.cppl_cp_plan_end_date::text AS end_date, c.cppl_cp_plan_initial_category AS initial_category,
       c.cppl_cp_plan_latest_category AS latest_category,
       (SELECT max(r.cppr_cp_review_date) FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id)::text AS latest_review,
       {{annex_a_child p}},
       (SELECT count(*) FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = c.cppl_person_id
          AND o.cppl_cp_plan_start_date < c.cppl_cp_plan_start_date)::text AS previous_plans
FROM csc.ssd_cp_plans c JOIN csc.ssd_person p ON p.pers_person_id = c.cppl_person_id
WHERE c.cppl_cp_plan_end_date IS NULL OR {{annex_a_period c.cppl_cp_plan_end_date}}
ORDER BY c.cppl_cp_plan_id

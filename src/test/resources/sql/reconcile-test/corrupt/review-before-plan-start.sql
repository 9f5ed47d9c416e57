-- fails: review-before-plan-start
-- A review of an ended plan dated the day before the plan started (the plan-by-plan check reads reviews of
-- active plans only, so only the review check sees it).
-- pick: the review and its date; plant: the date moved before the plan's start; undo: the date back.
SELECT r.cppr_cp_review_id AS id, r.cppr_cp_review_date AS reviewed
FROM csc.ssd_cp_reviews r JOIN csc.ssd_cp_plans c ON c.cppl_cp_plan_id = r.cppr_cp_plan_id
WHERE c.cppl_cp_plan_end_date <= DATE '2019-01-31' AND r.cppr_cp_review_date >= c.cppl_cp_plan_start_date
ORDER BY r.cppr_cp_review_id LIMIT 1;
UPDATE csc.ssd_cp_reviews r SET cppr_cp_review_date = c.cppl_cp_plan_start_date - 1
FROM csc.ssd_cp_plans c WHERE c.cppl_cp_plan_id = r.cppr_cp_plan_id AND r.cppr_cp_review_id = :id;
UPDATE csc.ssd_cp_reviews SET cppr_cp_review_date = :reviewed WHERE cppr_cp_review_id = :id;

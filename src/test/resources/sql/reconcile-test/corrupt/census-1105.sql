-- fails: census-1105, census-2885
-- The only CP plan of a child with no CIN plan, old, ended, without reviews, started in the target the day before its
-- referral: before the referral (1105), and so no longer on its conference's day (2885; every migrated plan has one).
-- pick: the plan and its start; plant: the day before the referral; undo: the start back.
SELECT c.cppl_cp_plan_id AS id, c.cppl_cp_plan_start_date AS started FROM csc.ssd_cp_plans c
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = c.cppl_referral_id
WHERE c.cppl_cp_plan_end_date < DATE '2018-06-01' AND c.cppl_cp_plan_start_date >= e.cine_referral_date
  AND (SELECT count(*) FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = c.cppl_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans n WHERE n.cinp_person_id = c.cppl_person_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_reviews r WHERE r.cppr_cp_plan_id = c.cppl_cp_plan_id)
ORDER BY c.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = (SELECT e.cine_referral_date - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = cppl_referral_id) WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_cp_plan_start_date = :started WHERE cppl_cp_plan_id = :id;

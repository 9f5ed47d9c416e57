-- fails: census-8832
-- An old ended CP plan moved in the target to an NFA referral of the same child made on or before the plan started.
-- pick: the plan, its referral and the NFA referral; plant: the plan's referral the NFA one; undo: its own back.
SELECT c.cppl_cp_plan_id AS id, c.cppl_referral_id AS ref, n.cine_referral_id AS nfa_ref FROM csc.ssd_cp_plans c
JOIN csc.ssd_cin_episodes n ON n.cine_person_id = c.cppl_person_id AND n.cine_referral_nfa = 'Y'
  AND n.cine_referral_date <= c.cppl_cp_plan_start_date
WHERE c.cppl_referral_id IS NOT NULL AND c.cppl_cp_plan_end_date < DATE '2018-06-01'
ORDER BY c.cppl_cp_plan_id, n.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_referral_id = :nfa_ref WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_referral_id = :ref WHERE cppl_cp_plan_id = :id;

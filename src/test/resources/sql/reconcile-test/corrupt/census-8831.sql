-- fails: census-8831
-- An old closed episode with an assessment and no CIN plan, Section 47 or CP plan, marked no further action in the
-- target.
-- pick: the episode; plant: NFA Y; undo: NFA N.
SELECT e.cine_referral_id AS id FROM csc.ssd_cin_episodes e
WHERE e.cine_referral_nfa = 'N' AND e.cine_close_date < DATE '2018-06-01' AND e.cine_referral_date < DATE '2018-06-01'
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_referral_id = e.cine_referral_id)
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = 'Y' WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = 'N' WHERE cine_referral_id = :id;

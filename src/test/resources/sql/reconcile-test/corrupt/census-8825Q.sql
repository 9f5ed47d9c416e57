-- fails: census-8825Q
-- An old closed episode of a living child with no assessment, Section 47 or plan, closed for a reason other than death
-- or after assessment, closed after assessment (RC8) in the target.
-- pick: the episode and its reason; plant: reason RC8; undo: the reason back.
SELECT e.cine_referral_id AS id, e.cine_close_reason AS reason FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE p.pers_death_date IS NULL AND e.cine_close_date < DATE '2018-06-01' AND e.cine_referral_date < DATE '2018-06-01'
  AND e.cine_close_reason IN ('RC1', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_referral_id = e.cine_referral_id)
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = 'RC8' WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = :reason WHERE cine_referral_id = :id;

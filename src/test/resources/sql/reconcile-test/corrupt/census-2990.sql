-- fails: census-2990
-- An old episode with an assessment and a CIN plan, closed for a reason other than death or after assessment, closed as
-- RC8 (after assessment, no further action) in the target, its CIN plan still there.
-- pick: the episode and its reason; plant: reason RC8; undo: the reason back.
SELECT e.cine_referral_id AS id, e.cine_close_reason AS reason FROM csc.ssd_cin_episodes e
WHERE e.cine_close_reason IN ('RC1', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7') AND e.cine_close_date < DATE '2018-03-01'
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_referral_id = e.cine_referral_id)
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a JOIN csc.ssd_assessment_factors f ON f.cinf_assessment_id = a.cina_assessment_id
                  WHERE a.cina_referral_id = e.cine_referral_id AND f.cinf_factor_code = '21')
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = 'RC8' WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = :reason WHERE cine_referral_id = :id;

-- fails: census-8873
-- The only factor of the only assessment, authorised, of an old episode closed for a reason other than RC8, recorded as
-- 21 (no factors identified) in the target: that assessment found nothing, yet the case was not closed as RC8.
-- pick: the assessment and its factor; plant: factor 21; undo: the factor back.
SELECT f.cinf_assessment_id AS id, f.cinf_factor_code AS code FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
WHERE e.cine_close_reason IN ('RC1', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7') AND e.cine_close_date < DATE '2018-03-01'
  AND a.cina_assessment_auth_date IS NOT NULL AND f.cinf_factor_code NOT IN ('5A', '6A', '19A', '21')
  AND (SELECT count(*) FROM csc.ssd_cin_assessments o WHERE o.cina_referral_id = a.cina_referral_id) = 1
  AND (SELECT count(*) FROM csc.ssd_assessment_factors o WHERE o.cinf_assessment_id = a.cina_assessment_id) = 1
ORDER BY f.cinf_assessment_id LIMIT 1;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = '21' WHERE cinf_assessment_id = :id AND cinf_factor_code = :code;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = :code WHERE cinf_assessment_id = :id AND cinf_factor_code = '21';

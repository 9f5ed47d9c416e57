-- fails: census-8869
-- One factor of an old completed assessment with two or more factors, none of them 21, recorded as 21 (no factors
-- identified) in the target.
-- pick: the assessment and the factor; plant: the factor 21; undo: the factor back.
SELECT f.cinf_assessment_id AS id, f.cinf_factor_code AS code FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
WHERE a.cina_assessment_auth_date < DATE '2018-06-01' AND a.cina_assessment_start_date < DATE '2018-06-01'
  AND (SELECT count(*) FROM csc.ssd_assessment_factors o WHERE o.cinf_assessment_id = a.cina_assessment_id) > 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_assessment_factors o WHERE o.cinf_assessment_id = a.cina_assessment_id AND o.cinf_factor_code = '21')
ORDER BY f.cinf_assessment_id, f.cinf_factor_code LIMIT 1;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = '21' WHERE cinf_assessment_id = :id AND cinf_factor_code = :code;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = :code WHERE cinf_assessment_id = :id AND cinf_factor_code = '21';

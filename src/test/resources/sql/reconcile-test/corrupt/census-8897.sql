-- fails: census-8897
-- The only factor (not 19A, 21, 5A or 6A) of an assessment authorised early in the census year (before Annex A's
-- window) recorded as 19A (withdrawn, left out of the return) in the target: a completed assessment without factors.
-- pick: the assessment and its factor; plant: factor 19A; undo: the factor back.
SELECT f.cinf_assessment_id AS id, f.cinf_factor_code AS code FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
WHERE a.cina_assessment_auth_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND a.cina_assessment_start_date < DATE '2018-08-01'
  AND f.cinf_factor_code NOT IN ('19A', '21', '5A', '6A')
  AND (SELECT count(*) FROM csc.ssd_assessment_factors o WHERE o.cinf_assessment_id = a.cina_assessment_id) = 1
ORDER BY f.cinf_assessment_id LIMIT 1;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = '19A' WHERE cinf_assessment_id = :id AND cinf_factor_code = :code;
UPDATE csc.ssd_assessment_factors SET cinf_factor_code = :code WHERE cinf_assessment_id = :id AND cinf_factor_code = '19A';

-- fails: census-8614
-- One factor (not 21) of an old completed assessment with two or more factors moved to an assessment with no
-- authorisation date and no factors, in the target.
-- pick: the factor's assessment, the factor and the assessment not completed; plant: the factor moved; undo: moved back.
SELECT f.cinf_assessment_id AS id, f.cinf_factor_code AS code, u.cina_assessment_id AS open_id
FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
CROSS JOIN LATERAL (SELECT o.cina_assessment_id FROM csc.ssd_cin_assessments o
                    WHERE o.cina_assessment_auth_date IS NULL
                      AND NOT EXISTS (SELECT 1 FROM csc.ssd_assessment_factors x WHERE x.cinf_assessment_id = o.cina_assessment_id)
                    ORDER BY o.cina_assessment_id LIMIT 1) u
WHERE a.cina_assessment_auth_date < DATE '2018-06-01' AND f.cinf_factor_code <> '21'
  AND (SELECT count(*) FROM csc.ssd_assessment_factors o WHERE o.cinf_assessment_id = a.cina_assessment_id) > 1
ORDER BY f.cinf_assessment_id, f.cinf_factor_code LIMIT 1;
UPDATE csc.ssd_assessment_factors SET cinf_assessment_id = :open_id WHERE cinf_assessment_id = :id AND cinf_factor_code = :code;
UPDATE csc.ssd_assessment_factors SET cinf_assessment_id = :id WHERE cinf_assessment_id = :open_id AND cinf_factor_code = :code;

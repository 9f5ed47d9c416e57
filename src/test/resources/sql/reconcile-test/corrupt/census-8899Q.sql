-- fails: census-8899Q
-- A child recorded with no disability (NONE only) whose assessment, authorised early in the census year (before Annex
-- A's window), has neither factor 5A nor 6A, recorded with a visual impairment (VIS) in the target.
-- pick: the person; plant: VIS for NONE; undo: NONE back.
SELECT d.disa_person_id AS id FROM csc.ssd_disability d
JOIN csc.ssd_cin_assessments a ON a.cina_person_id = d.disa_person_id
WHERE d.disa_disability_code = 'NONE'
  AND (SELECT count(*) FROM csc.ssd_disability o WHERE o.disa_person_id = d.disa_person_id) = 1
  AND a.cina_assessment_auth_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_assessment_factors f WHERE f.cinf_assessment_id = a.cina_assessment_id AND f.cinf_factor_code IN ('5A', '6A'))
ORDER BY d.disa_person_id LIMIT 1;
UPDATE csc.ssd_disability SET disa_disability_code = 'VIS' WHERE disa_person_id = :id AND disa_disability_code = 'NONE';
UPDATE csc.ssd_disability SET disa_disability_code = 'NONE' WHERE disa_person_id = :id AND disa_disability_code = 'VIS';

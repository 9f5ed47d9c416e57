-- fails: census-8565, census-8670Q, census-8736
-- The only assessment of its episode, with factors, of a child with no disability, started before the census year
-- and authorised early in it (before Annex A's window), authorised only after the year's end in the target: not
-- completed by then and started before the year (8736), more than 45 working days before its end (8670Q), and
-- authorised after its episode closed (8565).
-- pick: the assessment and its authorisation; plant: authorised 2019-04-01; undo: the date back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_auth_date AS auth FROM csc.ssd_cin_assessments a
WHERE a.cina_assessment_start_date < DATE '2018-04-01'
  AND a.cina_assessment_auth_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND (SELECT count(*) FROM csc.ssd_cin_assessments o WHERE o.cina_referral_id = a.cina_referral_id) = 1
  AND EXISTS (SELECT 1 FROM csc.ssd_assessment_factors f WHERE f.cinf_assessment_id = a.cina_assessment_id AND f.cinf_factor_code <> '19A')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_disability d WHERE d.disa_person_id = a.cina_person_id AND d.disa_disability_code <> 'NONE')
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = DATE '2019-04-01' WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = :auth WHERE cina_assessment_id = :id;

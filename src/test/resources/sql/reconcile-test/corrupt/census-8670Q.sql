-- fails: census-8614, census-8670Q
-- The only assessment, with factors, of an open episode, started and authorised early in the census year (before Annex
-- A's window), not authorised in the target: open for more than 45 working days before the year's end (8670Q), and
-- factors on an assessment not completed (8614).
-- pick: the assessment and its authorisation; plant: no authorisation; undo: the date back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_auth_date AS auth FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
WHERE e.cine_close_date IS NULL
  AND a.cina_assessment_start_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND a.cina_assessment_auth_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31'
  AND (SELECT count(*) FROM csc.ssd_cin_assessments o WHERE o.cina_referral_id = a.cina_referral_id) = 1
  AND EXISTS (SELECT 1 FROM csc.ssd_assessment_factors f WHERE f.cinf_assessment_id = a.cina_assessment_id AND f.cinf_factor_code <> '19A')
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = NULL WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = :auth WHERE cina_assessment_id = :id;

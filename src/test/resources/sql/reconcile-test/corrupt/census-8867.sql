-- fails: census-8614, census-8867
-- (The assessment picked holds factors, now on an assessment not completed: census 8614.)
-- The authorisation date of an assessment of a closed episode lost, where every assessment of it was authorised.
-- pick: the assessment and its date; plant: the date lost; undo: the date back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_auth_date AS authorised FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
WHERE e.cine_close_date IS NOT NULL AND a.cina_assessment_auth_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments o WHERE o.cina_referral_id = e.cine_referral_id AND o.cina_assessment_auth_date IS NULL)
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = NULL WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = :authorised WHERE cina_assessment_id = :id;

-- fails: census-8608
-- An old assessment (before Annex A's window) authorised the day before it started, in the target only.
-- pick: the assessment and its authorisation; plant: the authorisation before the start; undo: the date back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_auth_date AS authorised FROM csc.ssd_cin_assessments a
WHERE a.cina_assessment_start_date < DATE '2018-06-01' AND a.cina_assessment_auth_date >= a.cina_assessment_start_date
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = cina_assessment_start_date - 1 WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = :authorised WHERE cina_assessment_id = :id;

-- fails: annex-a-list-4, census-8863
-- (A day earlier, it starts on the same day as another assessment of its episode, and before it by id: census 8863
-- now lists that other one, not this one, as starting while an assessment is ongoing.)
-- An assessment started in the Annex A period made to start a day earlier (still in the period) in the target.
-- pick: the assessment and its start; plant: a day earlier; undo: the start back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_start_date AS started FROM csc.ssd_cin_assessments a
WHERE a.cina_assessment_start_date > DATE '2018-09-30' ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_assessment_start_date = cina_assessment_start_date - 1 WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_start_date = :started WHERE cina_assessment_id = :id;

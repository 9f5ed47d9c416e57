-- fails: census-1103, census-8863
-- (Started that early, it now starts while an earlier assessment of its episode is ongoing: census 8863.)
-- An assessment of an old referral (before Annex A's window) made to start the day before its referral, in the target only.
-- pick: the assessment and its start; plant: the start before the referral; undo: the start back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_start_date AS started FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = a.cina_referral_id
WHERE e.cine_referral_date < DATE '2018-06-01' AND a.cina_assessment_start_date >= e.cine_referral_date
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments a SET cina_assessment_start_date = (SELECT e.cine_referral_date - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = a.cina_referral_id) WHERE a.cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_start_date = :started WHERE cina_assessment_id = :id;

-- fails: census-8863, orphans-assessment-referral
-- An assessment naming a referral that is not in the target (census 8863 reads the link too: the assessment no longer
-- counts among its episode's, where it overlapped another).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.cina_assessment_id AS id, t.cina_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_cin_assessments t WHERE t.cina_referral_id IS NOT NULL ORDER BY t.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments SET cina_referral_id = :missing WHERE cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_referral_id = :parent WHERE cina_assessment_id = :id;

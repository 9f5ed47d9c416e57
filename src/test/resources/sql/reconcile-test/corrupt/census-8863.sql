-- fails: census-8863
-- The earlier of two old assessments of one episode, authorised before the later one started, authorised on the day
-- the later one started in the target: the later one starts while it is ongoing.
-- pick: the earlier assessment and its authorisation; plant: authorised on the later start; undo: the date back.
SELECT a.cina_assessment_id AS id, a.cina_assessment_auth_date AS auth FROM csc.ssd_cin_assessments a
JOIN csc.ssd_cin_assessments b ON b.cina_referral_id = a.cina_referral_id AND b.cina_assessment_id <> a.cina_assessment_id
WHERE a.cina_assessment_auth_date < b.cina_assessment_start_date AND b.cina_assessment_start_date < DATE '2018-04-01'
  AND (SELECT count(*) FROM csc.ssd_cin_assessments o WHERE o.cina_referral_id = a.cina_referral_id) = 2
ORDER BY a.cina_assessment_id LIMIT 1;
UPDATE csc.ssd_cin_assessments u SET cina_assessment_auth_date = (SELECT b.cina_assessment_start_date FROM csc.ssd_cin_assessments b
  WHERE b.cina_referral_id = u.cina_referral_id AND b.cina_assessment_id <> u.cina_assessment_id) WHERE u.cina_assessment_id = :id;
UPDATE csc.ssd_cin_assessments SET cina_assessment_auth_date = :auth WHERE cina_assessment_id = :id;

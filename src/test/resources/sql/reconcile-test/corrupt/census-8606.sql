-- fails: census-8606
-- The only episode of a child born before it, old and closed (before the census year), referred in the target 281 days
-- before the child's date of birth.
-- pick: the episode and its referral date; plant: 281 days before birth; undo: the date back.
SELECT e.cine_referral_id AS id, e.cine_referral_date AS referred FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_referral_date >= p.pers_dob AND e.cine_close_date < DATE '2018-03-01' AND e.cine_referral_nfa = 'N'
  AND (SELECT count(*) FROM csc.ssd_cin_episodes o WHERE o.cine_person_id = e.cine_person_id) = 1
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = (SELECT p.pers_dob - 281 FROM csc.ssd_person p WHERE p.pers_person_id = cine_person_id) WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = :referred WHERE cine_referral_id = :id;

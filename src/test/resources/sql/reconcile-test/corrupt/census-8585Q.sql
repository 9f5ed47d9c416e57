-- fails: census-8585Q
-- An old closed episode of a living child, closed for a reason other than death or after assessment, closed as died
-- (RC2) in the target.
-- pick: the episode and its reason; plant: reason RC2; undo: the reason back.
SELECT e.cine_referral_id AS id, e.cine_close_reason AS reason FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE p.pers_death_date IS NULL AND e.cine_close_date < DATE '2018-06-01' AND e.cine_referral_date < DATE '2018-06-01'
  AND e.cine_close_reason IN ('RC1', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7')
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = 'RC2' WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = :reason WHERE cine_referral_id = :id;

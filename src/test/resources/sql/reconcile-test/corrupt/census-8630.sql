-- fails: census-8565, census-8630
-- (Closed that early, its episode's records now come after the close: census 8565.)
-- An old closed CIN episode made to close the day before its referral, in the target only.
-- pick: the episode and its close date; plant: the close before the referral; undo: the date back.
SELECT e.cine_referral_id AS id, e.cine_close_date AS closed FROM csc.ssd_cin_episodes e
WHERE e.cine_close_date >= e.cine_referral_date AND e.cine_close_date < DATE '2018-06-01'
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_close_date = cine_referral_date - 1 WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_close_date = :closed WHERE cine_referral_id = :id;

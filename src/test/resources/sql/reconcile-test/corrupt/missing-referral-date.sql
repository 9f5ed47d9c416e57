-- fails: missing-referral-date
-- A referral date lost in the target; the episode is closed, so the duty checks do not see it.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cine_referral_id AS id, cine_referral_date AS value FROM csc.ssd_cin_episodes WHERE cine_referral_date IS NOT NULL AND cine_close_date IS NOT NULL ORDER BY cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = NULL WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = :value WHERE cine_referral_id = :id;

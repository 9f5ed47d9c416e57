-- fails: closure-unpaired
-- A closed episode's closure reason lost in the target: a close date without a reason.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cine_referral_id AS id, cine_close_reason AS value FROM csc.ssd_cin_episodes WHERE cine_close_reason IS NOT NULL AND cine_close_date IS NOT NULL ORDER BY cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = NULL WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_close_reason = :value WHERE cine_referral_id = :id;

-- fails: missing-referral-source
-- A referral source lost in the target.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cine_referral_id AS id, cine_referral_source_code AS value FROM csc.ssd_cin_episodes WHERE cine_referral_source_code IS NOT NULL ORDER BY cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_source_code = NULL WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_source_code = :value WHERE cine_referral_id = :id;

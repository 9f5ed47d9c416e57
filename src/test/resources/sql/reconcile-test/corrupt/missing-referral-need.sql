-- fails: missing-referral-need
-- A primary need lost in the target, where it is mandatory (NFA N).
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cine_referral_id AS id, cine_cin_primary_need_code AS value FROM csc.ssd_cin_episodes WHERE cine_cin_primary_need_code IS NOT NULL AND cine_referral_nfa = 'N' ORDER BY cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_cin_primary_need_code = NULL WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_cin_primary_need_code = :value WHERE cine_referral_id = :id;

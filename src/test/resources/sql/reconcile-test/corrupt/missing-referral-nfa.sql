-- fails: missing-referral-nfa
-- An NFA flag lost in the target; closed and with a need code, so neither the duty checks nor the need check see it.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT cine_referral_id AS id, cine_referral_nfa AS value FROM csc.ssd_cin_episodes WHERE cine_referral_nfa IS NOT NULL AND cine_close_date IS NOT NULL AND cine_cin_primary_need_code IS NOT NULL ORDER BY cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = NULL WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = :value WHERE cine_referral_id = :id;

-- Each loaded referral's person (re-pointed to the survivor of a duplicate).
SELECT cine_referral_id, cine_person_id::text, cine_referral_nfa FROM csc.ssd_cin_episodes

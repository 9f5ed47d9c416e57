-- fails: annex-a-list-6, open-referrals
-- An open referral that is not a duty case (an open key-worker involvement with a professional names it) given another
-- referral date in the target: only open-referrals and Annex A list 6 compare that date for it (it was referred before
-- the Annex A period, so list 3 does not hold it).
-- pick: the episode and its date; plant: a day later; undo: the date back.
SELECT e.cine_referral_id AS id, e.cine_referral_date AS value FROM csc.ssd_cin_episodes e
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N' AND e.cine_referral_date < DATE '2018-07-01'
  AND EXISTS (SELECT 1 FROM csc.ssd_involvements i
              WHERE i.invo_referral_id = e.cine_referral_id AND i.invo_professional_role_id = 'ALLOCATED_CW'
                AND i.invo_professional_id IS NOT NULL
                AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE '2019-01-31'))
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = cine_referral_date + 1 WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = :value WHERE cine_referral_id = :id;

-- fails: annex-a-list-3, annex-a-list-6, duty-waits, open-duty-cases, open-referrals
-- A referral date shifted: an open duty case given a referral date a week earlier in the target. It waits five more
-- working days there (duty-waits), and every check that compares the date sees it (Annex A list 3 too, as it was
-- referred in the Annex A period).
-- pick: the episode and its date; plant: a week earlier; undo: the date back.
SELECT e.cine_referral_id AS id, e.cine_referral_date AS referred FROM csc.ssd_cin_episodes e
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N' AND e.cine_referral_date IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_involvements i
                  WHERE i.invo_professional_role_id = 'ALLOCATED_CW' AND i.invo_professional_id IS NOT NULL
                    AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE '2019-01-31')
                    AND (i.invo_referral_id = e.cine_referral_id OR (i.invo_referral_id IS NULL AND i.invo_person_id = e.cine_person_id)))
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = cine_referral_date - 7 WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_date = :referred WHERE cine_referral_id = :id;

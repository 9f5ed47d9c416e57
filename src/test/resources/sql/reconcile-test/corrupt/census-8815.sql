-- fails: annex-a-list-6, census-8815, census-8816, census-8820, duty-waits, open-duty-cases, open-referrals
-- An open NFA episode with no assessment, Section 47, CIN or CP plan, of a child with another open episode, no longer
-- NFA in the target: the child has two open episodes (8815), one of them not the latest (8816), and the no longer NFA
-- one is open rather than ended on its referral date, so the two overlap (8820); and it is a new open case, a duty case
-- waiting (no key allocation), on Annex A list 6, that legacy does not have.
-- pick: the episode; plant: NFA N; undo: NFA Y.
SELECT e.cine_referral_id AS id FROM csc.ssd_cin_episodes e
WHERE e.cine_referral_nfa = 'Y' AND e.cine_close_date IS NULL AND e.cine_referral_date < DATE '2018-06-01'
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes o WHERE o.cine_person_id = e.cine_person_id
              AND o.cine_referral_id <> e.cine_referral_id AND o.cine_close_date IS NULL AND o.cine_referral_nfa = 'N')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_referral_id = e.cine_referral_id)
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_referral_id = e.cine_referral_id)
ORDER BY e.cine_referral_id LIMIT 1;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = 'N' WHERE cine_referral_id = :id;
UPDATE csc.ssd_cin_episodes SET cine_referral_nfa = 'Y' WHERE cine_referral_id = :id;

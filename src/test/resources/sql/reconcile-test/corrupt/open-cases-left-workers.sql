-- fails: open-cases-left-workers
-- An active professional, holding an open key-worker involvement on an open case, marked as having left: their
-- cases are allocated to a leaver in the target only (the duty checks do not read the flag).
-- pick: the professional; plant: the flag N; undo: the flag Y again.
SELECT w.prof_professional_id AS id FROM csc.ssd_professionals w
WHERE w.prof_active_flag = 'Y'
  AND EXISTS (SELECT 1 FROM csc.ssd_involvements i JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.invo_referral_id
              WHERE i.invo_professional_id = w.prof_professional_id AND i.invo_professional_role_id = 'ALLOCATED_CW'
                AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE '2019-01-31')
                AND e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N')
ORDER BY w.prof_professional_id LIMIT 1;
UPDATE csc.ssd_professionals SET prof_active_flag = 'N' WHERE prof_professional_id = :id;
UPDATE csc.ssd_professionals SET prof_active_flag = 'Y' WHERE prof_professional_id = :id;

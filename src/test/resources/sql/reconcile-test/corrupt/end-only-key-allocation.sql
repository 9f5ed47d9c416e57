-- The only open key-worker involvement (an active professional's) covering an open referral, ended on the extract
-- date: the referral becomes an open duty case in the target only.
-- pick: the involvement and its end date; plant: ended on 2019-01-31; undo: the end date back.
SELECT i.invo_involvements_id AS id, i.invo_involvement_end_date AS ended
FROM csc.ssd_involvements i
JOIN csc.ssd_professionals w ON w.prof_professional_id = i.invo_professional_id AND w.prof_active_flag = 'Y'
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.invo_referral_id
WHERE i.invo_professional_role_id = 'ALLOCATED_CW' AND i.invo_involvement_end_date IS NULL
  AND e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_involvements o
                  WHERE o.invo_involvements_id <> i.invo_involvements_id AND o.invo_professional_role_id = 'ALLOCATED_CW'
                    AND o.invo_professional_id IS NOT NULL
                    AND (o.invo_involvement_end_date IS NULL OR o.invo_involvement_end_date > DATE '2019-01-31')
                    AND (o.invo_referral_id = e.cine_referral_id
                         OR (o.invo_referral_id IS NULL AND o.invo_person_id = e.cine_person_id)))
ORDER BY i.invo_involvements_id
LIMIT 1;
UPDATE csc.ssd_involvements SET invo_involvement_end_date = DATE '2019-01-31' WHERE invo_involvements_id = :id;
UPDATE csc.ssd_involvements SET invo_involvement_end_date = CAST(:ended AS date) WHERE invo_involvements_id = :id;

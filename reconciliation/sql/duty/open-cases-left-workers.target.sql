-- Open cases whose covering open ALLOCATED_CW involvement is with a professional no longer active.
SELECT e.cine_referral_id::text AS referral_id, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
  AND EXISTS (
    SELECT 1 FROM csc.ssd_involvements i
    JOIN csc.ssd_professionals w ON w.prof_professional_id = i.invo_professional_id
    WHERE i.invo_professional_role_id = 'ALLOCATED_CW' AND w.prof_active_flag = 'N'
      AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE {asOf})
      AND (i.invo_referral_id = e.cine_referral_id
           OR (i.invo_referral_id IS NULL AND i.invo_person_id = e.cine_person_id)))
ORDER BY e.cine_referral_id

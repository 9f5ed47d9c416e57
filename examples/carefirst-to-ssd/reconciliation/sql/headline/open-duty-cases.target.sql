-- Open duty cases, target side: CIN episodes with no close date and NFA N, with no open ALLOCATED_CW
-- involvement with a professional, for the episode or (naming no referral) for the same person.
SELECT e.cine_referral_id::text AS referral_id, p.pers_legacy_id AS legacy_ref,
       to_char(e.cine_referral_date, 'YYYY-MM-DD') AS referral_date, e.cine_referral_team AS team
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
  AND NOT EXISTS (
    SELECT 1 FROM csc.ssd_involvements i
    WHERE i.invo_professional_role_id = 'ALLOCATED_CW' AND i.invo_professional_id IS NOT NULL
      AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE {asOf})
      AND (i.invo_referral_id = e.cine_referral_id
           OR (i.invo_referral_id IS NULL AND i.invo_person_id = e.cine_person_id)))
ORDER BY e.cine_referral_id

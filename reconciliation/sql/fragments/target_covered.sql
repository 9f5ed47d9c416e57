-- Common table expressions "open_episode" and "covered" (target): CIN episodes with no close date and NFA N, and each
-- with every professional whose open ALLOCATED_CW involvement covers it (naming it, or naming no referral for the child).
open_episode AS (
  SELECT e.cine_referral_id, e.cine_person_id, e.cine_referral_date, e.cine_referral_team
  FROM csc.ssd_cin_episodes e WHERE e.cine_close_date IS NULL AND e.cine_referral_nfa = 'N'
),
key_involvement AS (
  SELECT i.invo_professional_id, i.invo_referral_id, i.invo_person_id FROM csc.ssd_involvements i
  WHERE i.invo_professional_role_id = 'ALLOCATED_CW' AND i.invo_professional_id IS NOT NULL
    AND (i.invo_involvement_end_date IS NULL OR i.invo_involvement_end_date > DATE {asOf})
),
covered AS (
  SELECT k.invo_professional_id AS worker, o.cine_referral_id FROM key_involvement k
  JOIN open_episode o ON o.cine_referral_id = k.invo_referral_id
  UNION
  SELECT k.invo_professional_id, o.cine_referral_id FROM key_involvement k
  JOIN open_episode o ON o.cine_person_id = k.invo_person_id WHERE k.invo_referral_id IS NULL
)

-- Common table expression "open_referral_truth" (after {{survivors}}): every open referral legacy holds (an episode of
-- type REF with no end_date whose outcome is not NFA), with its survivor (NULL when its person has none), the reference
-- it is shown by, and not_migrated: the reject reason of mappings/ssd_cin_episodes.yml (unknown_client).
open_referral_truth AS (
  SELECT e.episode_id, e.start_date, e.unit_id, s.survivor_id,
         COALESCE(s.person_ref, p.person_ref) AS legacy_ref,
         CASE WHEN s.survivor_id IS NULL THEN 'unknown_client' END AS not_migrated
  FROM episode e
  LEFT JOIN survivor s ON s.person_id = e.person_id
  LEFT JOIN person p ON p.person_id = e.person_id
  LEFT JOIN code_lookup o ON o.code_id = e.outcome_code
  WHERE e.episode_type = 'REF' AND e.end_date IS NULL AND COALESCE(o.code_value, '') <> 'NFA'
)

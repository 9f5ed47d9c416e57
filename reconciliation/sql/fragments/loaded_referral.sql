-- Common table expressions "referral_truth" and "loaded_referral" (after {{survivors}}): every referral with its
-- survivor (NULL when the client has none), the legacy reference it is shown by and why it cannot migrate
-- (not_migrated: the reject reason of mappings/ssd_cin_episodes.yml, in its column order: unknown_client for a client
-- that is missing, 0, -1 or has a broken merge chain, then unknown_team); loaded_referral keeps those that migrate.
referral_truth AS (
  SELECT r.ref_id, r.ref_dt, r.team_cd, r.status, r.close_dt, r.close_reason, r.updated_dt, r.source_cd, r.need_cd,
         s.survivor_no, {{client_ref r.client_no}} AS legacy_ref,
         CASE WHEN s.survivor_no IS NULL THEN 'unknown_client'
              WHEN t.team_cd IS NULL THEN 'unknown_team' END AS not_migrated
  FROM referral r
  LEFT JOIN survivor s ON s.client_no = r.client_no
  LEFT JOIN client c ON c.client_no = r.client_no
  LEFT JOIN team t ON t.team_cd = r.team_cd
),
loaded_referral AS (
  SELECT ref_id, ref_dt, team_cd, status, close_dt, close_reason, updated_dt, source_cd, need_cd, survivor_no, legacy_ref
  FROM referral_truth WHERE not_migrated IS NULL
)

-- Common table expressions "ep_all" and "ep" (for WITH RECURSIVE, after {{merged_survivors}}): every referral that
-- migrates as a CIN episode (its client has a survivor, its team exists) with its referral date, its close date as the
-- migration writes it (close_dt, else updated_dt for a CLOSED status: rule 7), its NFA flag (status NFA), the end the
-- census export gives it (an NFA referral with no close date ends on its referral date) and the surviving client.
ep_all AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS started,
         COALESCE({{real_date r.close_dt}}, CASE WHEN UPPER(TRIM(r.status)) LIKE 'CLOSED%' THEN {{real_date r.updated_dt}} END) AS closed,
         CASE WHEN UPPER(TRIM(r.status)) = 'NFA' THEN 1 ELSE 0 END AS nfa, c.client_no, c.`merged_into` AS merged_into
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
),
-- ep reads ep_all once (each read is a scan of every referral): an unmerged client is its own survivor, a merged one
-- takes merged_survivor's (no row there, a broken chain: the referral is dropped). DISTINCT changes no row (one per
-- referral) but keeps ep materialized with a key: MariaDB would otherwise merge it into the query, and a check
-- joining ep to itself on survivor_no would compare every referral with every other.
ep AS (
  SELECT DISTINCT a.ref_id, a.started, a.closed, a.nfa, COALESCE(a.closed, CASE WHEN a.nfa = 1 THEN a.started END) AS ended,
         CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
  FROM ep_all a LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
  WHERE a.merged_into IS NULL OR m.client_no IS NOT NULL
)

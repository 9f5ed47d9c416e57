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
ep AS (
  SELECT ref_id, started, closed, nfa, COALESCE(closed, CASE WHEN nfa = 1 THEN started END) AS ended, client_no AS survivor_no
  FROM ep_all WHERE merged_into IS NULL
  UNION ALL
  SELECT a.ref_id, a.started, a.closed, a.nfa, COALESCE(a.closed, CASE WHEN a.nfa = 1 THEN a.started END), m.survivor_no
  FROM ep_all a JOIN merged_survivor m ON m.client_no = a.client_no
  WHERE a.merged_into IS NOT NULL
)

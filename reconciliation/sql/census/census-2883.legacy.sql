-- The census year's return counted whole from legacy, through the migration rules (census 2883): cp_registrations that
-- migrate (their client has a survivor) starting in the year, with both categories mapping to a census code, not
-- deregistered before the year, whose s47_icpc row migrates (it gives the plan its referral) on a referral in the
-- return; against the conferences held in the year on s47_icpc rows that migrate (their client and their referral's
-- client have a survivor, the team exists) on a referral in the return, written to it (started by the year's end, not
-- ended before it; an ended one only with an outcome the s47_nfa map reads). Every migrated conference belongs to its
-- own enquiry (icpc_s47_enquiry_id is the s47_id), so the return holds none at the CINdetails level. One row keyed by
-- the year when more plans start than conferences are held; none otherwise.
WITH RECURSIVE conf AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date s.icpc_dt}} BETWEEN {censusStart} AND {censusEnd}
    AND {{real_date s.s47_start}} <= {censusEnd}
    AND ({{real_date s.s47_end}} IS NULL OR {{real_date s.s47_end}} >= {censusStart})
    AND (UPPER(TRIM(s.outcome)) IN ('NFA', 'NOT REQ', 'CPP') OR {{real_date s.s47_end}} IS NULL)
    AND {{census_referral r}}
),
plan AS (
  SELECT g.reg_id, g.client_no AS reg_client, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM cp_registration g JOIN s47_icpc s ON s.s47_id = g.s47_id JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date g.reg_dt}} BETWEEN {censusStart} AND {censusEnd}
    AND ({{real_date g.dereg_dt}} IS NULL OR {{real_date g.dereg_dt}} >= {censusStart})
    AND {{category g.init_cat}} IS NOT NULL AND {{category g.latest_cat}} IS NOT NULL
    AND {{census_referral r}}
),
cand_client AS (
  SELECT s47_client AS client_no FROM conf UNION SELECT ref_client FROM conf
  UNION SELECT reg_client FROM plan UNION SELECT s47_client FROM plan UNION SELECT ref_client FROM plan
),
{{survivors_of cand_client}},
conferences AS (
  SELECT COUNT(*) AS n
  FROM conf k
  JOIN survivor_of ss ON ss.client_no = k.s47_client
  JOIN survivor_of rs ON rs.client_no = k.ref_client
  JOIN team t ON t.team_cd = k.team_cd
),
plans AS (
  SELECT COUNT(*) AS n
  FROM plan k
  JOIN survivor_of gs ON gs.client_no = k.reg_client
  JOIN survivor_of ss ON ss.client_no = k.s47_client
  JOIN survivor_of rs ON rs.client_no = k.ref_client
  JOIN team t ON t.team_cd = k.team_cd
)
SELECT CONCAT({censusStart}, '..', {censusEnd}) AS row_key, p.n AS plans_starting, c.n AS conferences
FROM plans p CROSS JOIN conferences c
WHERE p.n > c.n

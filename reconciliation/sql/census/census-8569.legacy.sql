-- Referrals that migrate (the client has a survivor, the team exists) into the census year's return with the status NFA
-- and a referral date before the last working day before the year (census 8569).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r
  WHERE UPPER(TRIM(r.status)) = 'NFA' AND {{real_date r.ref_dt}} < {censusWorkingDayBefore} AND {{census_referral r}}
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.ref_id

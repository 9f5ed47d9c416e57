-- s47_icpc conferences that migrate (the row's client has a survivor, its referral migrates) held on a Saturday or
-- Sunday (census 8875).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE DAYOFWEEK({{real_date s.icpc_dt}}) IN (1, 7)
),
{{s47_cand_kept}}

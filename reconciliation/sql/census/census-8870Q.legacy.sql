-- s47_icpc conferences that migrate (a conference is held; the row's client has a survivor, its referral migrates) whose
-- target date is a Saturday or Sunday (census 8870Q).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE s.icpc_dt IS NOT NULL AND DAYOFWEEK({{real_date s.icpc_target}}) IN (1, 7)
),
{{s47_cand_kept}}

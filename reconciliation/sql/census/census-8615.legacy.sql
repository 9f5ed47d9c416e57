-- s47_icpc rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- whose conference is held before the enquiry starts (census 8615).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date s.icpc_dt}} < {{real_date s.s47_start}}
),
{{s47_cand_kept}}

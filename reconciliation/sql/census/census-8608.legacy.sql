-- assessment rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- and are authorised before they start (census 8608).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} > {{real_date a.auth_dt}}
),
{{assessment_cand_kept}}

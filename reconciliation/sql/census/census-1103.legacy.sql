-- assessment rows that migrate (their client and their referral's client have a survivor, the referral's team exists)
-- and start before their referral's date (census 1103).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} < {{real_date r.ref_dt}}
),
{{assessment_cand_kept}}

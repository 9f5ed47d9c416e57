-- Assessment rows that migrate (their client and their referral's client have a survivor, the team exists) on a
-- referral in the census year's return, not authorised by the year's end, started more than 45 working days before
-- the year's end (census 8670Q).
WITH RECURSIVE cand AS (
  SELECT a.asmt_id, a.client_no AS asmt_client, r.client_no AS ref_client, r.team_cd
  FROM assessment a JOIN referral r ON r.ref_id = a.ref_id
  WHERE {{real_date a.start_dt}} < {censusEnd45WorkingDays}
    AND ({{real_date a.auth_dt}} IS NULL OR {{real_date a.auth_dt}} > {censusEnd})
    AND {{census_referral r}}
),
{{assessment_cand_kept}}

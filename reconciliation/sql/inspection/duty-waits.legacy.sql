-- Duty waits from legacy: each open referral that migrates and that no open KEY allocation covers (an open duty case),
-- with its team, the working days from its referral date to the extract date and their bucket.
WITH RECURSIVE {{merged_survivors}},
{{key_cover}},
duty AS (
  SELECT o.ref_id, o.team_cd, o.referral_date, o.survivor_no FROM open_ref o
  -- an anti-join on the covered referrals taken once (NOT IN would run covered again for each open referral)
  LEFT JOIN (SELECT DISTINCT ref_id FROM covered) c ON c.ref_id = o.ref_id
  WHERE o.survivor_no IS NOT NULL AND c.ref_id IS NULL
),
{{working_days duty}},
waited AS (
  SELECT d.ref_id, d.team_cd, d.referral_date, d.survivor_no, t.working_days
  FROM duty d LEFT JOIN weekdays_to t ON t.ref_id = d.ref_id
)
SELECT w.ref_id AS referral_id, s.legacy_ref, w.team_cd AS team, CASE WHEN w.referral_date IS NULL THEN NULL ELSE w.working_days END AS working_days,
       {{wait_bucket working_days}} AS bucket
FROM waited w JOIN client s ON s.client_no = w.survivor_no ORDER BY w.ref_id

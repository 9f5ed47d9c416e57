-- Duty waits from legacy: each open referral that migrates and that no open KEY allocation covers (an open duty case),
-- with its team, the working days from its referral date to the extract date and their bucket.
WITH RECURSIVE {{merged_survivors}},
{{key_cover}},
{{working_days}},
duty AS (
  SELECT o.ref_id, o.team_cd, o.referral_date, o.survivor_no FROM open_ref o
  WHERE o.survivor_no IS NOT NULL AND o.ref_id NOT IN (SELECT ref_id FROM covered)
),
waited AS (
  SELECT d.ref_id, d.team_cd, d.referral_date, d.survivor_no, COUNT(w.day) AS working_days
  FROM duty d LEFT JOIN working_day w ON w.day > d.referral_date
  GROUP BY d.ref_id, d.team_cd, d.referral_date, d.survivor_no
)
SELECT w.ref_id AS referral_id, s.legacy_ref, w.team_cd AS team, CASE WHEN w.referral_date IS NULL THEN NULL ELSE w.working_days END AS working_days,
       {{wait_bucket working_days}} AS bucket
FROM waited w JOIN client s ON s.client_no = w.survivor_no ORDER BY w.ref_id

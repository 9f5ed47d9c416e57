-- Annex A list 6 from legacy: open referrals (README "open") that migrate (client with a survivor, team that exists).
WITH RECURSIVE {{merged_survivors}},
opened AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS referral_date, {{survivor_no c}} AS survivor_no
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
  WHERE (r.close_dt IS NULL OR r.close_dt = '0000-00-00')
    AND UPPER(TRIM(r.status)) <> 'NFA' AND UPPER(TRIM(r.status)) NOT LIKE 'CLOSED%'
)
SELECT d.ref_id AS row_key, s.legacy_ref, DATE_FORMAT(d.referral_date, '%Y-%m-%d') AS referral_date
FROM opened d JOIN client s ON s.client_no = d.survivor_no
ORDER BY d.ref_id

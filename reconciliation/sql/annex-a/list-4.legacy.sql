-- Annex A list 4 from legacy: assessments started or authorised in the period that migrate (their client has a survivor,
-- their referral migrates: its client has a survivor and its team exists).
WITH RECURSIVE {{merged_survivors}},
dated AS (
  SELECT a.asmt_id, {{real_date a.start_dt}} AS start_date, {{real_date a.auth_dt}} AS authorised,
         {{survivor_no c}} AS survivor_no, {{survivor_no rc}} AS referral_survivor
  FROM assessment a JOIN client c ON c.client_no = a.client_no
  JOIN referral r ON r.ref_id = a.ref_id JOIN client rc ON rc.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
)
SELECT d.asmt_id AS row_key, s.legacy_ref, DATE_FORMAT(d.start_date, '%Y-%m-%d') AS start_date,
       DATE_FORMAT(d.authorised, '%Y-%m-%d') AS authorised
FROM dated d JOIN client s ON s.client_no = d.survivor_no
WHERE d.referral_survivor IS NOT NULL AND ({{annex_a_window d.start_date}} OR {{annex_a_window d.authorised}})
ORDER BY d.asmt_id

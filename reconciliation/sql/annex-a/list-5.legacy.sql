-- Annex A list 5 from legacy: s47_icpc rows started, or with a conference held, in the period that migrate (their client
-- has a survivor, their referral migrates).
WITH RECURSIVE {{merged_survivors}},
dated AS (
  SELECT e.s47_id, {{real_date e.s47_start}} AS s47_start, {{real_date e.icpc_dt}} AS icpc_date,
         {{survivor_no c}} AS survivor_no, {{survivor_no rc}} AS referral_survivor
  FROM s47_icpc e JOIN client c ON c.client_no = e.client_no
  JOIN referral r ON r.ref_id = e.ref_id JOIN client rc ON rc.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
)
SELECT d.s47_id AS row_key, s.legacy_ref, DATE_FORMAT(d.s47_start, '%Y-%m-%d') AS s47_start,
       DATE_FORMAT(d.icpc_date, '%Y-%m-%d') AS icpc_date
FROM dated d JOIN client s ON s.client_no = d.survivor_no
WHERE d.referral_survivor IS NOT NULL AND ({{annex_a_window d.s47_start}} OR {{annex_a_window d.icpc_date}})
ORDER BY d.s47_id

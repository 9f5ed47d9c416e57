-- Annex A list 3 from legacy: referrals dated in the period that migrate (client with a survivor, team that exists);
-- NFA as the migration writes it (status NFA).
WITH RECURSIVE {{merged_survivors}},
dated AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS referral_date, CASE WHEN UPPER(TRIM(r.status)) = 'NFA' THEN 'Y' ELSE 'N' END AS nfa,
         {{survivor_no c}} AS survivor_no
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
)
SELECT d.ref_id AS row_key, s.legacy_ref, DATE_FORMAT(d.referral_date, '%Y-%m-%d') AS referral_date, d.nfa
FROM dated d JOIN client s ON s.client_no = d.survivor_no
WHERE {{annex_a_window d.referral_date}}
ORDER BY d.ref_id

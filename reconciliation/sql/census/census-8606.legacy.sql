-- Referrals that migrate (the client has a survivor, the team exists) made more than 280 days before their surviving
-- child's date of birth, or expected date of birth when none parses (census 8606). Only merged clients walk their
-- chains (merged_survivors), not every client's.
WITH RECURSIVE {{merged_survivors}},
ref AS (
  SELECT r.ref_id, {{real_date r.ref_dt}} AS referred, {{survivor_no c}} AS survivor_no
  FROM referral r JOIN client c ON c.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
)
SELECT f.ref_id AS row_key, s.legacy_ref
FROM ref f JOIN client s ON s.client_no = f.survivor_no
WHERE f.referred < DATE_SUB(COALESCE({{free_text_date s.dob}}, {{free_text_date s.expected_dob}}), INTERVAL 280 DAY)
ORDER BY f.ref_id

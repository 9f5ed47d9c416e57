-- Referrals that migrate (the client has a survivor, the team exists) closed for reason RC2 (died, read as the migration
-- reads it) whose surviving child has no date of death that parses (census 8585Q).
WITH RECURSIVE cand AS (
  SELECT r.ref_id, r.client_no, r.team_cd FROM referral r WHERE {{closure_reason_source r}} = 'RC2'
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
JOIN client d ON d.client_no = s.survivor_no
WHERE {{free_text_date d.date_of_death}} IS NULL
ORDER BY k.ref_id

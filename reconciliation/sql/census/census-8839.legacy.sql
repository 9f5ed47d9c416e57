-- Referrals with two or more s47_icpc rows that migrate without an end date (census 8839): rows whose client has a
-- survivor and whose referral migrates (its client has a survivor, its team exists).
WITH RECURSIVE cand AS (
  SELECT s.s47_id, s.ref_id, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM s47_icpc s JOIN referral r ON r.ref_id = s.ref_id
  WHERE {{real_date s.s47_end}} IS NULL
    AND s.ref_id IN (SELECT o.ref_id FROM s47_icpc o WHERE {{real_date o.s47_end}} IS NULL GROUP BY o.ref_id HAVING COUNT(*) > 1)
),
cand_client AS (SELECT s47_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.ref_id AS row_key, MIN(ss.legacy_ref) AS legacy_ref
FROM cand k
JOIN survivor_of ss ON ss.client_no = k.s47_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
GROUP BY k.ref_id
HAVING COUNT(*) > 1
ORDER BY k.ref_id

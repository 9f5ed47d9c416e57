-- Referrals that migrate (the client has a survivor, the team exists) with an s47_icpc row that migrates and no
-- assessment that migrates (each: its client has a survivor) (census 2991Q). Joins to the
-- candidate CTEs, not IN (SELECT ... FROM cte) nor correlated subqueries: at scale 0.1 those took 3 to 9 s, this 0.4 s.
WITH RECURSIVE s47_ref AS (SELECT DISTINCT s.ref_id FROM s47_icpc s),
cand_s47 AS (SELECT s.ref_id, s.client_no FROM s47_icpc s),
cand AS (SELECT r.ref_id, r.client_no, r.team_cd FROM s47_ref x JOIN referral r ON r.ref_id = x.ref_id),
cand_asmt AS (SELECT a.ref_id, a.client_no FROM assessment a JOIN s47_ref x ON x.ref_id = a.ref_id),
cand_client AS (SELECT client_no FROM cand UNION SELECT client_no FROM cand_s47 UNION SELECT client_no FROM cand_asmt),
{{survivors_of cand_client}},
s47_kept AS (SELECT DISTINCT e.ref_id FROM cand_s47 e JOIN survivor_of x ON x.client_no = e.client_no),
asmt_kept AS (SELECT DISTINCT a.ref_id FROM cand_asmt a JOIN survivor_of x ON x.client_no = a.client_no)
SELECT k.ref_id AS row_key, s.legacy_ref
FROM cand k
JOIN survivor_of s ON s.client_no = k.client_no
JOIN team t ON t.team_cd = k.team_cd
JOIN s47_kept e ON e.ref_id = k.ref_id
LEFT JOIN asmt_kept a ON a.ref_id = k.ref_id
WHERE a.ref_id IS NULL
ORDER BY k.ref_id

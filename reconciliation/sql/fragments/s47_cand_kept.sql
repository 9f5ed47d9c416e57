-- The end of a census rule's legacy query on s47_icpc rows, after a CTE "cand" (s47_id, s47_client, ref_client,
-- team_cd): the candidates that migrate (the row's client and its referral's client have a survivor, the team
-- exists), keyed by s47_id with the surviving child's legacy reference.
cand_client AS (SELECT s47_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.s47_id AS row_key, ss.legacy_ref
FROM cand k
JOIN survivor_of ss ON ss.client_no = k.s47_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.s47_id

-- The end of a census rule's legacy query on assessment rows, after a CTE "cand" (asmt_id, asmt_client, ref_client,
-- team_cd): the candidates that migrate (the assessment's client and its referral's client have a survivor, the team exists),
-- keyed by asmt_id with the surviving child's legacy reference.
cand_client AS (SELECT asmt_client AS client_no FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.asmt_id AS row_key, asv.legacy_ref
FROM cand k
JOIN survivor_of asv ON asv.client_no = k.asmt_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.asmt_id

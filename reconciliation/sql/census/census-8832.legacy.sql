-- cp_registrations that migrate (the client has a survivor) through an s47_icpc row that migrates (its client and its
-- referral's client have a survivor, the team exists) to a referral with the status NFA (census 8832).
WITH RECURSIVE cand AS (
  SELECT g.reg_id, g.client_no AS reg_client, s.client_no AS s47_client, r.client_no AS ref_client, r.team_cd
  FROM cp_registration g JOIN s47_icpc s ON s.s47_id = g.s47_id JOIN referral r ON r.ref_id = s.ref_id
  WHERE UPPER(TRIM(r.status)) = 'NFA'
),
cand_client AS (SELECT reg_client AS client_no FROM cand UNION SELECT s47_client FROM cand UNION SELECT ref_client FROM cand),
{{survivors_of cand_client}}
SELECT k.reg_id AS row_key, gs.legacy_ref
FROM cand k
JOIN survivor_of gs ON gs.client_no = k.reg_client
JOIN survivor_of ss ON ss.client_no = k.s47_client
JOIN survivor_of rs ON rs.client_no = k.ref_client
JOIN team t ON t.team_cd = k.team_cd
ORDER BY k.reg_id

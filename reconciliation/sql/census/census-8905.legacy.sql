-- CP registrations that migrate (their client has a survivor) with an initial or latest category that maps to no census
-- code (census 8905/8910); which one. Candidates first, then the merge chains of their clients only.
WITH RECURSIVE cand AS (
  SELECT r.reg_id, r.client_no,
         CONCAT(CASE WHEN {{category r.init_cat}} IS NULL THEN 'initial' ELSE '' END,
                CASE WHEN {{category r.latest_cat}} IS NULL THEN ' latest' ELSE '' END) AS categories
  FROM cp_registration r
  WHERE {{category r.init_cat}} IS NULL OR {{category r.latest_cat}} IS NULL
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.reg_id AS row_key, s.legacy_ref, k.categories
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no
ORDER BY k.reg_id

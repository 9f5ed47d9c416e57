-- CP registrations of a known child (the client has a survivor) that start and end on the same day (census 8840).
WITH RECURSIVE cand AS (
  SELECT g.reg_id, g.client_no FROM cp_registration g
  WHERE {{real_date g.dereg_dt}} = {{real_date g.reg_dt}}
),
cand_client AS (SELECT client_no FROM cand),
{{survivors_of cand_client}}
SELECT k.reg_id AS row_key, s.legacy_ref
FROM cand k JOIN survivor_of s ON s.client_no = k.client_no
ORDER BY k.reg_id

-- Contacts and case notes of a known child dated after the child's recorded death (census rules 8915/8920).
-- The chains are followed backwards from the few survivors with a death date (a client belongs to one when
-- its merge chain ends there, within 100 steps), so the large tables are joined only to those clients.
WITH RECURSIVE dead AS (
  SELECT c.client_no, c.legacy_ref, {{free_text_date c.date_of_death}} AS died
  FROM client c WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
),
member (client_no, survivor_no, depth) AS (
  SELECT d.client_no, d.client_no, 0 FROM dead d WHERE d.died IS NOT NULL
  UNION ALL
  SELECT c.client_no, m.survivor_no, m.depth + 1
  FROM member m JOIN client c ON c.`merged_into` = m.client_no
  WHERE m.depth < 100
),
dead_client AS (
  SELECT m.client_no, d.legacy_ref, d.died FROM member m JOIN dead d ON d.client_no = m.survivor_no
)
SELECT CONCAT('contact ', l.contact_id) AS row_key, k.legacy_ref
FROM contact_log l JOIN dead_client k ON k.client_no = l.client_no
WHERE {{real_date l.contact_dt}} > k.died
UNION ALL
SELECT CONCAT('case note ', n.note_id), k.legacy_ref
FROM case_note n JOIN dead_client k ON k.client_no = n.client_no
WHERE {{real_date n.note_dt}} > k.died
ORDER BY 1

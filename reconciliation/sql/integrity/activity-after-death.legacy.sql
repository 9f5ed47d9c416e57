-- Contacts and case notes of a known child dated after the child's recorded death (census rules 8915/8920).
-- The few clients whose survivor has a death date are found first, so the large tables are joined only to them.
WITH RECURSIVE {{survivors}},
death AS (
  SELECT c.client_no, {{free_text_date c.date_of_death}} AS died
  FROM client c WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
),
dead_client AS (
  SELECT s.client_no, s.legacy_ref, d.died
  FROM survivor s JOIN death d ON d.client_no = s.survivor_no
  WHERE d.died IS NOT NULL
)
SELECT CONCAT('contact ', l.contact_id) AS row_key, k.legacy_ref
FROM contact_log l JOIN dead_client k ON k.client_no = l.client_no
WHERE {{real_date l.contact_dt}} > k.died
UNION ALL
SELECT CONCAT('case note ', n.note_id), k.legacy_ref
FROM case_note n JOIN dead_client k ON k.client_no = n.client_no
WHERE {{real_date n.note_dt}} > k.died
ORDER BY 1

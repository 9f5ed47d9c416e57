-- Contacts and case notes of a known child dated after the child's recorded death (census rules 8915/8920).
WITH RECURSIVE {{survivors}},
death AS (
  SELECT c.client_no, {{free_text_date c.date_of_death}} AS died
  FROM client c WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
)
SELECT CONCAT('contact ', l.contact_id) AS row_key, s.legacy_ref
FROM contact_log l JOIN survivor s ON s.client_no = l.client_no JOIN death d ON d.client_no = s.survivor_no
WHERE {{real_date l.contact_dt}} > d.died
UNION ALL
SELECT CONCAT('case note ', n.note_id), s.legacy_ref
FROM case_note n JOIN survivor s ON s.client_no = n.client_no JOIN death d ON d.client_no = s.survivor_no
WHERE {{real_date n.note_dt}} > d.died
ORDER BY 1

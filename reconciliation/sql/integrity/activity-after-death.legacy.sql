-- Contacts and case notes of a known child dated after the child's recorded death (not a census rule).
WITH RECURSIVE {{dead_clients}}
SELECT CONCAT('contact ', l.contact_id) AS row_key, k.legacy_ref
FROM contact_log l JOIN dead_client k ON k.client_no = l.client_no
WHERE {{real_date l.contact_dt}} > k.died
UNION ALL
SELECT CONCAT('case note ', n.note_id), k.legacy_ref
FROM case_note n JOIN dead_client k ON k.client_no = n.client_no
WHERE {{real_date n.note_dt}} > k.died
ORDER BY 1

-- Annex A list 1 from legacy: contact_log rows dated in the period whose client has a survivor (they migrate).
WITH RECURSIVE {{merged_survivors}},
dated AS (
  SELECT l.contact_id, {{real_date l.contact_dt}} AS contact_date, {{survivor_no c}} AS survivor_no
  FROM contact_log l JOIN client c ON c.client_no = l.client_no
)
SELECT d.contact_id AS row_key, s.legacy_ref, DATE_FORMAT(d.contact_date, '%Y-%m-%d') AS contact_date
FROM dated d JOIN client s ON s.client_no = d.survivor_no
WHERE {{annex_a_window d.contact_date}}
ORDER BY d.contact_id

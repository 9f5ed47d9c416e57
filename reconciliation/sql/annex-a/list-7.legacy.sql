-- Annex A list 7 from legacy: cp_registrations without a real end date, or ended in the period, that migrate (client
-- with a survivor); categories through the category code map, latest review the latest parsed review date (cp_review
-- has no index on reg_id: its latest dates are grouped once, not looked up per plan).
WITH RECURSIVE {{merged_survivors}},
dated AS (
  SELECT g.reg_id, {{real_date g.reg_dt}} AS start_date, {{real_date g.dereg_dt}} AS end_date,
         {{category g.init_cat}} AS initial_category, {{category g.latest_cat}} AS latest_category, {{survivor_no c}} AS survivor_no
  FROM cp_registration g JOIN client c ON c.client_no = g.client_no
),
reviewed AS (
  SELECT v.reg_id, MAX({{free_text_date v.review_dt}}) AS latest_review FROM cp_review v GROUP BY v.reg_id
)
SELECT d.reg_id AS row_key, s.legacy_ref, DATE_FORMAT(d.start_date, '%Y-%m-%d') AS start_date,
       DATE_FORMAT(d.end_date, '%Y-%m-%d') AS end_date, d.initial_category, d.latest_category,
       DATE_FORMAT(w.latest_review, '%Y-%m-%d') AS latest_review
FROM dated d JOIN client s ON s.client_no = d.survivor_no LEFT JOIN reviewed w ON w.reg_id = d.reg_id
WHERE d.end_date IS NULL OR {{annex_a_window d.end_date}}
ORDER BY d.reg_id

-- Active CP plans, legacy side: loaded REG/TEMP registrations with no dereg_dt (or a future one), with the
-- latest category mapped to the census code, the OLA flag (ola_flag Y or status TEMP) and the latest review date.
WITH RECURSIVE {{survivors}},
{{active_plan}},
review AS (
  SELECT v.reg_id, MAX({{free_text_date v.review_dt}}) AS latest
  FROM cp_review v JOIN active_plan a ON a.reg_id = v.reg_id
  GROUP BY v.reg_id
)
SELECT a.reg_id AS plan_id, a.legacy_ref, {{category a.latest_cat}} AS latest_category,
       CASE WHEN UPPER(TRIM(a.ola_flag)) = 'Y' OR UPPER(TRIM(a.reg_status)) = 'TEMP' THEN 'Y' ELSE 'N' END AS ola,
       DATE_FORMAT(rv.latest, '%Y-%m-%d') AS latest_review
FROM active_plan a LEFT JOIN review rv ON rv.reg_id = a.reg_id
ORDER BY a.reg_id

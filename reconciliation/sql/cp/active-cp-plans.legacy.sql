-- Active CP plans, legacy side, the legacy truth: every REG/TEMP registration with no dereg_dt (or a future one),
-- whatever the state of its client, with the latest category mapped to the census code, the OLA flag (ola_flag Y or
-- status TEMP) and the latest review date; not_migrated says why one cannot migrate (the mapping's reject reason).
-- It walks the merge chains itself (survivor_chains, not the shared survivors): active_plan_truth, which joins survivor,
-- is used twice (by review and by the answer), and MySQL cannot open one temporary table twice in a query.
WITH RECURSIVE {{survivor_chains}},
{{active_plan}},
review AS (
  SELECT v.reg_id, MAX({{free_text_date v.review_dt}}) AS latest
  FROM cp_review v JOIN active_plan_truth a ON a.reg_id = v.reg_id
  GROUP BY v.reg_id
)
SELECT a.reg_id AS plan_id, a.legacy_ref, {{category a.latest_cat}} AS latest_category,
       CASE WHEN UPPER(TRIM(a.ola_flag)) = 'Y' OR UPPER(TRIM(a.reg_status)) = 'TEMP' THEN 'Y' ELSE 'N' END AS ola,
       DATE_FORMAT(rv.latest, '%Y-%m-%d') AS latest_review, a.not_migrated
FROM active_plan_truth a LEFT JOIN review rv ON rv.reg_id = a.reg_id
ORDER BY a.reg_id

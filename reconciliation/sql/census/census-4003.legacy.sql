-- cp_review rows of a cp_registration that migrates (its client has a survivor), the review date parsed as the
-- migration parses it, held while a CIN plan of the same surviving child is open: on or after its start, before its
-- end (an open plan has not ended) (census 4003).
WITH RECURSIVE {{merged_survivors}},
{{cin_plans_by_survivor}},
rv_all AS (
  SELECT v.review_id, {{free_text_date v.review_dt}} AS held, c.client_no, c.`merged_into` AS merged_into
  FROM cp_review v JOIN cp_registration g ON g.reg_id = v.reg_id JOIN client c ON c.client_no = g.client_no
),
-- one read of rv_all (each parses every review date): a merged client takes merged_survivor's survivor (none, a broken
-- chain: dropped); DISTINCT (one row per review) keeps rv materialized rather than merged into the join with cin
rv AS (
  SELECT DISTINCT a.review_id, a.held, CASE WHEN a.merged_into IS NULL THEN a.client_no ELSE m.survivor_no END AS survivor_no
  FROM rv_all a LEFT JOIN merged_survivor m ON a.merged_into IS NOT NULL AND m.client_no = a.client_no
  WHERE a.merged_into IS NULL OR m.client_no IS NOT NULL
)
SELECT DISTINCT v.review_id AS row_key, s.legacy_ref
FROM rv v
JOIN cin i ON i.survivor_no = v.survivor_no
JOIN client s ON s.client_no = v.survivor_no
WHERE v.held >= i.started AND v.held < COALESCE(i.ended, DATE '9999-12-31')
ORDER BY 1

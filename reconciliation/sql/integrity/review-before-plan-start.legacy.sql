-- Reviews of a loaded CP registration dated before the registration (census rule 8841).
WITH RECURSIVE {{survivors}}
SELECT v.review_id AS row_key, s.legacy_ref
FROM cp_review v
JOIN cp_registration r ON r.reg_id = v.reg_id
JOIN survivor s ON s.client_no = r.client_no
WHERE {{free_text_date v.review_dt}} < {{real_date r.reg_dt}}
ORDER BY v.review_id

-- Child protection plans in the census year, per referral (parameters: first and last day of the year): the root
-- project's query without the reviews (this legacy's cp_register has none, ssd_cp_reviews stays empty).
-- NumberOfPreviousCPP counts the child's plans that started before this one. A plan without start date or either
-- category is listed by held_back.sql.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT c.cppl_referral_id AS referral_id,
       CAST(c.cppl_cp_plan_start_date AS text) AS "CPPstartDate",
       CASE WHEN c.cppl_cp_plan_end_date <= p.pend THEN CAST(c.cppl_cp_plan_end_date AS text) END AS "CPPendDate",
       c.cppl_cp_plan_initial_category AS "InitialCategoryOfAbuse",
       c.cppl_cp_plan_latest_category AS "LatestCategoryOfAbuse",
       CAST((SELECT count(*) FROM csc.ssd_cp_plans earlier
             WHERE earlier.cppl_person_id = c.cppl_person_id
               AND earlier.cppl_cp_plan_start_date < c.cppl_cp_plan_start_date) AS text) AS "NumberOfPreviousCPP"
FROM csc.ssd_cp_plans c, period p
WHERE c.cppl_referral_id IS NOT NULL AND c.cppl_cp_plan_start_date <= p.pend
  AND c.cppl_cp_plan_initial_category IS NOT NULL AND c.cppl_cp_plan_latest_category IS NOT NULL
  AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= p.pstart)
ORDER BY c.cppl_referral_id, c.cppl_cp_plan_start_date, c.cppl_cp_plan_id

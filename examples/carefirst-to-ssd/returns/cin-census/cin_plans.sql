-- CIN plans in the census year, per referral (parameters: first and last day of the year).
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT c.cinp_referral_id AS referral_id,
       CAST(c.cinp_cin_plan_start_date AS text) AS "CINPlanStartDate",
       CASE WHEN c.cinp_cin_plan_end_date <= p.pend THEN CAST(c.cinp_cin_plan_end_date AS text) END AS "CINPlanEndDate"
FROM csc.ssd_cin_plans c, period p
WHERE c.cinp_referral_id IS NOT NULL AND c.cinp_cin_plan_start_date <= p.pend
  AND (c.cinp_cin_plan_end_date IS NULL OR c.cinp_cin_plan_end_date >= p.pstart)
ORDER BY c.cinp_referral_id, c.cinp_cin_plan_start_date, c.cinp_cin_plan_id

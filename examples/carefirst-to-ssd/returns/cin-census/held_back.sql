-- What the census year holds but the schema cannot carry (parameters: first and last day of the year): the root
-- project's list for the records this project fills (CIN episodes and CP plans; it has no assessments or Section 47
-- enquiries). One row each, named by the child's legacy reference; the owners fix these in the new system before the
-- first return.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT per.pers_legacy_id AS legacy_ref, 'CINdetails' AS element, e.cine_referral_id AS record,
       CASE WHEN e.cine_referral_date IS NULL THEN 'no CINreferralDate' ELSE 'no ReferralNFA' END AS reason
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person per ON per.pers_person_id = e.cine_person_id, period p
WHERE (e.cine_referral_date IS NULL OR e.cine_referral_nfa IS NULL)
  AND (e.cine_referral_date IS NULL OR e.cine_referral_date <= p.pend)
  AND (e.cine_close_date IS NULL OR e.cine_close_date >= p.pstart)
UNION ALL
SELECT per.pers_legacy_id, 'ChildProtectionPlans', c.cppl_cp_plan_id,
       CASE WHEN c.cppl_cp_plan_start_date IS NULL THEN 'no CPPstartDate'
            WHEN c.cppl_cp_plan_initial_category IS NULL THEN 'no InitialCategoryOfAbuse' ELSE 'no LatestCategoryOfAbuse' END
FROM csc.ssd_cp_plans c JOIN csc.ssd_person per ON per.pers_person_id = c.cppl_person_id, period p
WHERE (c.cppl_cp_plan_start_date IS NULL OR c.cppl_cp_plan_initial_category IS NULL OR c.cppl_cp_plan_latest_category IS NULL)
  AND (c.cppl_cp_plan_start_date IS NULL OR c.cppl_cp_plan_start_date <= p.pend)
  AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= p.pstart)
ORDER BY 1, 2, 3

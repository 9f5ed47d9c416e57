-- The census year's return as returns/cin-census/ writes it, counted whole (census 2883): the CP plans starting in the
-- year (cp_plans.sql writes a plan with both categories, not ended before the year, under an episode in the return)
-- against the initial conferences held in the year it writes a DateOfInitialCPC for, at both levels: in CINdetails
-- (episodes.sql: the first such conference of the episode that has no Section 47 enquiry) and in Section47
-- (section47.sql: the enquiries it writes, an ended one only with its ICPCnotRequired flag, each with its conference).
-- One row keyed by the year when more plans start than conferences are held; none otherwise.
WITH episode AS (
  SELECT e.cine_referral_id FROM csc.ssd_cin_episodes e WHERE {{census_episode e}}
),
plans AS (
  SELECT count(*) AS n
  FROM csc.ssd_cp_plans c JOIN episode e ON e.cine_referral_id = c.cppl_referral_id
  WHERE c.cppl_cp_plan_start_date BETWEEN DATE {censusStart} AND DATE {censusEnd}
    AND c.cppl_cp_plan_initial_category IS NOT NULL AND c.cppl_cp_plan_latest_category IS NOT NULL
    AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= DATE {censusStart})
),
cin_level AS (
  SELECT count(*) AS n
  FROM episode e
  WHERE EXISTS (SELECT 1 FROM csc.ssd_initial_cp_conference c
                WHERE c.icpc_referral_id = e.cine_referral_id AND c.icpc_s47_enquiry_id IS NULL
                  AND c.icpc_icpc_date BETWEEN DATE {censusStart} AND DATE {censusEnd})
),
s47_level AS (
  SELECT count(*) AS n
  FROM csc.ssd_s47_enquiry s
  JOIN episode e ON e.cine_referral_id = s.s47e_referral_id
  JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
  WHERE (s.s47e_s47_nfa IS NOT NULL OR s.s47e_s47_end_date IS NULL)
    AND s.s47e_s47_start_date <= DATE {censusEnd}
    AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= DATE {censusStart})
    AND c.icpc_icpc_date BETWEEN DATE {censusStart} AND DATE {censusEnd}
)
SELECT concat({censusStart}, '..', {censusEnd}) AS row_key, p.n AS plans_starting, i.n + s.n AS conferences
FROM plans p CROSS JOIN cin_level i CROSS JOIN s47_level s
WHERE p.n > i.n + s.n

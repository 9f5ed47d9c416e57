-- What the census year holds but the schema cannot carry (parameters: first and last day of the year):
-- a record whose mandatory element is NULL, and an assessment factor outside the schema's list. One row each, named
-- by the child's legacy reference; the owners fix these in the new system before the first return.
WITH period AS (SELECT CAST(? AS date) AS pstart, CAST(? AS date) AS pend)
SELECT per.pers_legacy_id AS legacy_ref, 'CINdetails' AS element, e.cine_referral_id AS record,
       CASE WHEN e.cine_referral_date IS NULL THEN 'no CINreferralDate' ELSE 'no ReferralNFA' END AS reason
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person per ON per.pers_person_id = e.cine_person_id, period p
WHERE (e.cine_referral_date IS NULL OR e.cine_referral_nfa IS NULL)
  AND (e.cine_referral_date IS NULL OR e.cine_referral_date <= p.pend)
  AND (e.cine_close_date IS NULL OR e.cine_close_date >= p.pstart)
UNION ALL
SELECT per.pers_legacy_id, 'Assessments', a.cina_assessment_id, 'no AssessmentActualStartDate'
FROM csc.ssd_cin_assessments a JOIN csc.ssd_person per ON per.pers_person_id = a.cina_person_id, period p
WHERE a.cina_assessment_start_date IS NULL AND (a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date >= p.pstart)
UNION ALL
SELECT per.pers_legacy_id, 'AssessmentFactors', a.cina_assessment_id, 'factor ' || f.cinf_factor_code || ' is not in the schema'
FROM csc.ssd_assessment_factors f
JOIN csc.ssd_cin_assessments a ON a.cina_assessment_id = f.cinf_assessment_id
JOIN csc.ssd_person per ON per.pers_person_id = a.cina_person_id, period p
WHERE f.cinf_factor_code NOT IN (
          '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C', '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E',
          '8F', '9A', '10A', '11A', '12A', '13A', '14A', '15A', '16A', '17A', '18B', '18C', '19B', '19C', '20', '21', '22A', '23A', '24A')
  AND a.cina_assessment_start_date <= p.pend AND (a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date >= p.pstart)
UNION ALL
SELECT per.pers_legacy_id, 'Section47', s.s47e_s47_enquiry_id,
       CASE WHEN s.s47e_s47_start_date IS NULL THEN 'no S47ActualStartDate' ELSE 'no ICPCnotRequired' END
FROM csc.ssd_s47_enquiry s JOIN csc.ssd_person per ON per.pers_person_id = s.s47e_person_id, period p
WHERE (s.s47e_s47_start_date IS NULL OR (s.s47e_s47_nfa IS NULL AND s.s47e_s47_end_date IS NOT NULL))
  AND (s.s47e_s47_start_date IS NULL OR s.s47e_s47_start_date <= p.pend)
  AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= p.pstart)
UNION ALL
SELECT per.pers_legacy_id, 'ChildProtectionPlans', c.cppl_cp_plan_id,
       CASE WHEN c.cppl_cp_plan_start_date IS NULL THEN 'no CPPstartDate'
            WHEN c.cppl_cp_plan_initial_category IS NULL THEN 'no InitialCategoryOfAbuse' ELSE 'no LatestCategoryOfAbuse' END
FROM csc.ssd_cp_plans c JOIN csc.ssd_person per ON per.pers_person_id = c.cppl_person_id, period p
WHERE (c.cppl_cp_plan_start_date IS NULL OR c.cppl_cp_plan_initial_category IS NULL OR c.cppl_cp_plan_latest_category IS NULL)
  AND (c.cppl_cp_plan_start_date IS NULL OR c.cppl_cp_plan_start_date <= p.pend)
  AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= p.pstart)
ORDER BY 1, 2, 3

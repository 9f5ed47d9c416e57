-- Closed CIN episodes with activity after their close date: an assessment started or authorised, a Section 47 started,
-- an initial conference held, a CIN plan or a CP plan started or ended after it (census 8565).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_date IS NOT NULL
  AND (EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_referral_id = e.cine_referral_id
               AND (a.cina_assessment_start_date > e.cine_close_date OR a.cina_assessment_auth_date > e.cine_close_date))
       OR EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id
                  AND s.s47e_s47_start_date > e.cine_close_date)
       OR EXISTS (SELECT 1 FROM csc.ssd_initial_cp_conference i WHERE i.icpc_referral_id = e.cine_referral_id
                  AND i.icpc_icpc_date > e.cine_close_date)
       OR EXISTS (SELECT 1 FROM csc.ssd_cin_plans n WHERE n.cinp_referral_id = e.cine_referral_id
                  AND (n.cinp_cin_plan_start_date > e.cine_close_date OR n.cinp_cin_plan_end_date > e.cine_close_date))
       OR EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_referral_id = e.cine_referral_id
                  AND (c.cppl_cp_plan_start_date > e.cine_close_date OR c.cppl_cp_plan_end_date > e.cine_close_date)))
ORDER BY e.cine_referral_id

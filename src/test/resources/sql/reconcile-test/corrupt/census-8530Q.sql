-- fails: census-8530Q, census-8750
-- A boy or girl referred early in the census year (after 2018-04-26, before Annex A's window), none of whose records
-- fall in that window or are open at the extract date, recorded in the target as unborn, expected on 2019-02-01:
-- before March of the year the census year ends in (8530Q), within 40 weeks of the referral (so 8606 does not see it),
-- and an unborn child whose sex is not 0 (8750).
-- pick: the person and its date of birth; plant: unborn, expected 2019-02-01; undo: born again.
SELECT p.pers_person_id AS id, p.pers_dob AS dob FROM csc.ssd_person p
WHERE p.pers_dob IS NOT NULL AND p.pers_expected_dob IS NULL AND p.pers_sex IN ('M', 'F') AND p.pers_death_date IS NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
              AND e.cine_referral_date BETWEEN DATE '2018-04-27' AND DATE '2018-07-31')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
                  AND (e.cine_referral_date < DATE '2018-04-27' OR e.cine_referral_date >= DATE '2018-08-01'
                       OR e.cine_close_date IS NULL OR e.cine_close_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= DATE '2018-08-01')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_person_id = p.pers_person_id
                  AND (a.cina_assessment_start_date >= DATE '2018-08-01' OR a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_person_id = p.pers_person_id
                  AND (s.s47e_s47_start_date >= DATE '2018-08-01' OR s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id
                  AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= DATE '2018-08-01'))
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_expected_dob = DATE '2019-02-01', pers_dob = NULL WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :dob, pers_expected_dob = NULL WHERE pers_person_id = :id;

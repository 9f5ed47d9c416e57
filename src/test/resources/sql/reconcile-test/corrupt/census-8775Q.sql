-- fails: census-8775Q
-- A child with an episode in the census year, none of whose records fall in Annex A's window or are open at the
-- extract date, born 30 years earlier in the target: over 25 at the year's end.
-- pick: the person and its date of birth; plant: 30 years older; undo: the date of birth back.
SELECT p.pers_person_id AS id, p.pers_dob AS dob FROM csc.ssd_person p
WHERE p.pers_dob > DATE '1995-01-01' AND p.pers_death_date IS NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
              AND e.cine_referral_date BETWEEN DATE '2018-04-01' AND DATE '2018-07-31')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id
                  AND (e.cine_referral_date >= DATE '2018-08-01' OR e.cine_close_date IS NULL OR e.cine_close_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_contacts t WHERE t.cont_person_id = p.pers_person_id AND t.cont_contact_date >= DATE '2018-08-01')
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_assessments a WHERE a.cina_person_id = p.pers_person_id
                  AND (a.cina_assessment_start_date >= DATE '2018-08-01' OR a.cina_assessment_auth_date IS NULL OR a.cina_assessment_auth_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_person_id = p.pers_person_id
                  AND (s.s47e_s47_start_date >= DATE '2018-08-01' OR s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= DATE '2018-08-01'))
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id = p.pers_person_id
                  AND (c.cppl_cp_plan_end_date IS NULL OR c.cppl_cp_plan_end_date >= DATE '2018-08-01'))
ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_dob = pers_dob - INTERVAL '30 years' WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :dob WHERE pers_person_id = :id;

-- One row in every csc table, parents first, for tests that need every table non-empty.
INSERT INTO csc.ssd_department (dept_team_id, dept_team_name) VALUES ('FF-N1', 'Families First North 1');
INSERT INTO csc.ssd_professionals (prof_professional_id, prof_professional_name, prof_professional_department,
    prof_agency_worker_flag, prof_full_time_equivalency, prof_active_flag)
    VALUES ('W001', 'Ann Example', 'FF-N1', 'N', 0.80, 'Y');
INSERT INTO csc.ssd_person (pers_person_id, pers_legacy_id, pers_sex) VALUES (101, 'DCC/0000101', 'F');
INSERT INTO csc.ssd_disability (disa_person_id, disa_disability_code) VALUES (101, 'NONE');
INSERT INTO csc.ssd_address (addr_person_id, addr_address_json, addr_address_postcode)
    VALUES (101, '{"lines": ["1 Example Street"], "town": "Durham"}', 'DH1 5UJ');
INSERT INTO csc.ssd_contacts (cont_contact_id, cont_person_id, cont_contact_date) VALUES (201, 101, '2018-03-01 10:15:00');
INSERT INTO csc.ssd_cin_episodes (cine_referral_id, cine_person_id, cine_referral_date, cine_referral_nfa,
    cine_referral_team, cine_referral_worker_id) VALUES (301, 101, '2018-03-02', 'N', 'FF-N1', 'W001');
INSERT INTO csc.ssd_cin_plans (cinp_cin_plan_id, cinp_referral_id, cinp_person_id, cinp_cin_plan_start_date)
    VALUES (301, 301, 101, '2018-04-01');
INSERT INTO csc.ssd_cin_assessments (cina_assessment_id, cina_person_id, cina_referral_id, cina_assessment_child_seen)
    VALUES (401, 101, 301, 'Y');
INSERT INTO csc.ssd_assessment_factors (cinf_assessment_id, cinf_factor_code) VALUES (401, '3A');
INSERT INTO csc.ssd_s47_enquiry (s47e_s47_enquiry_id, s47e_referral_id, s47e_person_id, s47e_s47_nfa)
    VALUES (501, 301, 101, 'N');
INSERT INTO csc.ssd_initial_cp_conference (icpc_icpc_id, icpc_s47_enquiry_id, icpc_person_id, icpc_icpc_outcome_cp_flag)
    VALUES (501, 501, 101, 'Y');
INSERT INTO csc.ssd_cp_plans (cppl_cp_plan_id, cppl_person_id, cppl_icpc_id, cppl_cp_plan_ola) VALUES (601, 101, 501, 'N');
INSERT INTO csc.ssd_cp_reviews (cppr_cp_review_id, cppr_cp_plan_id, cppr_person_id, cppr_cp_review_quorate)
    VALUES (701, 601, 101, 'Y');
INSERT INTO csc.ssd_cla_episodes (clae_cla_episode_id, clae_person_id, clae_legal_status) VALUES (801, 101, 'C2');
INSERT INTO csc.ssd_involvements (invo_involvements_id, invo_professional_id, invo_person_id, invo_professional_role_id)
    VALUES (901, NULL, 101, 'DUTY');
INSERT INTO csc.ssd_case_notes (note_id, note_person_id, note_date, note_seen_alone_flag) VALUES (1001, 101, '2018-05-01 09:00:00', 'Y');

-- One parameterised INSERT per legacy table; the generator batches them (Connector/J rewrites each
-- batch into multi-row INSERTs). Column order here is the order the generators supply values in.
INSERT INTO team (team_cd, team_name, parent_cd, active_yn) VALUES (?, ?, ?, ?);
INSERT INTO staff (worker_cd, name, team_cd, job_title, swe_reg_no, agency_yn, fte, active_yn) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO client (client_no, legacy_ref, surname, forenames, dob, expected_dob, sex_cd, ethnic_cd, disability_cds, upn, nhs_no, addr1, addr2, addr3, town, postcode, date_of_death, merged_into, created_dt, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO contact_log (contact_id, client_no, contact_dt, source_cd, source_txt, outcome, status, duty_team, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO referral (ref_id, client_no, contact_id, ref_dt, source_cd, need_cd, status, close_dt, close_reason, cin_plan_start, cin_plan_end, team_cd, worker_cd, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO assessment (asmt_id, ref_id, client_no, start_dt, complete_dt, auth_dt, child_seen, factors, outcome, worker_cd, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO s47_icpc (s47_id, ref_id, client_no, strat_dt, s47_start, s47_end, icpc_target, icpc_dt, outcome, worker_cd, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO cp_registration (reg_id, client_no, s47_id, reg_dt, dereg_dt, init_cat, latest_cat, reg_status, ola_flag, next_review_due, worker_cd, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO cp_review (review_id, reg_id, review_dt, outcome, quorate_yn, updated_dt) VALUES (?, ?, ?, ?, ?, ?);
INSERT INTO lac_episode (episode_id, client_no, start_dt, legal_status, placement_cd, end_dt, reason_end, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO allocation (alloc_id, client_no, ref_id, worker_cd, alloc_type, start_dt, end_dt, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?, ?);
INSERT INTO case_note (note_id, client_no, note_dt, note_type, body, author_cd, updated_dt) VALUES (?, ?, ?, ?, ?, ?, ?);

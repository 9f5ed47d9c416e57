-- Headline records that cannot migrate, planted into generated legacy data (whose ids stay far below 900000):
-- an open duty referral of client_no 0 (no client), an active plan of a client_no that does not exist, and an active
-- plan of a client whose merge chain loops (900001 -> 900002 -> 900001).
INSERT INTO client (client_no, legacy_ref, surname, forenames, merged_into, created_dt, updated_dt)
VALUES (900001, 'TST/0900001', 'Loopa', 'Test', 900002, '2018-01-01 09:00:00', '2018-01-01 09:00:00'),
       (900002, 'TST/0900002', 'Loopb', 'Test', 900001, '2018-01-01 09:00:00', '2018-01-01 09:00:00');
INSERT INTO referral (ref_id, client_no, ref_dt, source_cd, need_cd, status, close_dt, team_cd, worker_cd, updated_dt)
SELECT 900001, 0, '2019-01-20', '1A', 'N1', 'OPEN-DUTY', NULL, MIN(team_cd), NULL, '2019-01-20 10:00:00' FROM team;
INSERT INTO cp_registration (reg_id, client_no, reg_dt, dereg_dt, init_cat, latest_cat, reg_status, ola_flag, updated_dt)
VALUES (900001, 99999999, '2018-11-01', NULL, 'NEG', 'NEG', 'REG', NULL, '2018-11-01 10:00:00'),
       (900002, 900001, '2018-12-01', NULL, 'PHY', 'PHY', 'REG', 'N', '2018-12-01 10:00:00');

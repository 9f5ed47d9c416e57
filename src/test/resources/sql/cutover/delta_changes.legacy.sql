-- About 1 % of the legacy rows change after a full load: updates, inserts, deletes, a merge of two
-- clients, a deleted client that still has records, and a new client. Keys are picked by modulo so
-- the same generated data always gets the same changes.
UPDATE contact_log SET source_txt = CONCAT('delta: ', COALESCE(source_txt, '')), updated_dt = NOW() WHERE MOD(contact_id, 97) = 5;
UPDATE referral SET need_cd = 'N3', updated_dt = NOW() WHERE MOD(ref_id, 89) = 4;
UPDATE case_note SET body = CONCAT(body, ' (amended)'), updated_dt = NOW() WHERE MOD(note_id, 211) = 7;
UPDATE cp_registration SET latest_cat = 'EMO', updated_dt = NOW() WHERE MOD(reg_id, 17) = 2;
UPDATE client SET surname = 'DELTA', updated_dt = NOW() WHERE `merged_into` IS NULL AND MOD(client_no, 131) = 9;
DELETE FROM case_note WHERE MOD(note_id, 193) = 11;
DELETE FROM allocation WHERE MOD(alloc_id, 151) = 3;
DELETE FROM referral WHERE MOD(ref_id, 233) = 17;
INSERT INTO contact_log (contact_id, client_no, contact_dt, source_cd, source_txt, outcome, status, duty_team, updated_dt)
SELECT contact_id + 1000000, client_no, contact_dt, source_cd, 'delta insert', outcome, status, duty_team, NOW()
FROM contact_log WHERE MOD(contact_id, 101) = 1;
INSERT INTO case_note (note_id, client_no, note_dt, note_type, body, author_cd, updated_dt)
SELECT note_id + 1000000, client_no, note_dt, note_type, 'delta note', author_cd, NOW()
FROM case_note WHERE MOD(note_id, 173) = 2;
SET @absorbed = (SELECT c.client_no FROM client c WHERE c.`merged_into` IS NULL
                 AND EXISTS (SELECT 1 FROM referral r WHERE r.client_no = c.client_no) ORDER BY c.client_no LIMIT 1 OFFSET 20);
SET @survivor = (SELECT c.client_no FROM client c WHERE c.`merged_into` IS NULL AND c.client_no <> @absorbed
                 ORDER BY c.client_no LIMIT 1 OFFSET 40);
UPDATE client SET `merged_into` = @survivor, updated_dt = NOW() WHERE client_no = @absorbed;
SET @gone = (SELECT c.client_no FROM client c WHERE c.`merged_into` IS NULL
             AND EXISTS (SELECT 1 FROM contact_log l WHERE l.client_no = c.client_no) ORDER BY c.client_no LIMIT 1 OFFSET 60);
DELETE FROM client WHERE client_no = @gone;
INSERT INTO client (client_no, legacy_ref, surname, forenames, dob, sex_cd, ethnic_cd, disability_cds, created_dt, updated_dt)
VALUES (900001, 'DCC/0900001', 'NEWCOMER', 'Child', '01/02/2015', 'F', 'WBRI', 'AUT', NOW(), NOW());
INSERT INTO contact_log (contact_id, client_no, contact_dt, source_cd, source_txt, outcome, status, duty_team, updated_dt)
VALUES (2000001, 900001, NOW(), '1A', 'new child', 'REF', 'OPEN', NULL, NOW());

-- Changes a legacy application makes without bumping updated_dt (updated_dt is set to itself so it cannot move), and
-- one whose updated_dt is the very second the full load started (parameter), after that load read the row:
-- an ethnicity changed between two valid census codes, a case note body edited, an open referral closed, a team
-- renamed (team has no updated_dt at all), a case note hard-deleted, and a surname changed in the start's second.
UPDATE client SET ethnic_cd = CASE WHEN ethnic_cd = 'WBRI' THEN 'WIRI' ELSE 'WBRI' END, updated_dt = updated_dt
WHERE `merged_into` IS NULL AND MOD(client_no, 53) = 7;
UPDATE case_note SET body = CONCAT(body, ' (corrected later)'), updated_dt = updated_dt WHERE MOD(note_id, 307) = 5;
UPDATE referral SET status = 'CLOSED:RC4', close_dt = '2019-01-15', updated_dt = updated_dt
WHERE close_dt IS NULL AND status NOT LIKE 'CLOSED%' AND status <> 'NFA' AND MOD(ref_id, 41) = 3;
UPDATE team SET team_name = CONCAT(team_name, ' (renamed)') WHERE MOD(CRC32(team_cd), 7) = 1;
DELETE FROM case_note WHERE MOD(note_id, 401) = 9;
UPDATE client SET surname = 'SAMESECOND', updated_dt = ? WHERE `merged_into` IS NULL AND MOD(client_no, 97) = 11;

-- The planted open referral 900001 moves to a surviving child that nothing else points at (no merged duplicate, no
-- allocation, so no key worker covers it) and to a team that does not exist: it still cannot migrate, now as unknown_team.
UPDATE referral SET team_cd = 'NO-SUCH', client_no = (
  SELECT MIN(c.client_no) FROM client c
  WHERE c.merged_into IS NULL AND c.client_no < 900000
    AND NOT EXISTS (SELECT 1 FROM client d WHERE d.merged_into = c.client_no)
    AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.client_no = c.client_no))
WHERE ref_id = 900001;

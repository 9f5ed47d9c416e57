-- Adds one team to csc by hand, into a table no mapping of the stopped run had reached yet.
INSERT INTO csc.ssd_department (dept_team_id) VALUES (?::text)

-- What the report reader must not be able to do: add a row to csc.
INSERT INTO csc.ssd_department (dept_team_id, dept_team_name) VALUES ('X-LEAST-PRIVILEGE', 'not allowed')

-- Caseload per team (the allocated worker's team) from legacy: open cases that migrate with a KEY allocation there.
WITH RECURSIVE {{merged_survivors}},
{{key_cover}}
SELECT worker_team AS team, COUNT(DISTINCT ref_id) AS cases FROM covered GROUP BY worker_team ORDER BY worker_team

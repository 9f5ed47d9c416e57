-- Caseload per team (the allocated worker's team) from legacy: open cases that migrate with a KEY allocation there
-- (the shared set "covered", built from the key_cover fragment).
SELECT c.worker_team AS team, COUNT(DISTINCT c.ref_id) AS cases FROM {{shared covered}} c GROUP BY c.worker_team ORDER BY c.worker_team

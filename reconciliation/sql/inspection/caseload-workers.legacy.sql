-- Caseload per worker from legacy: the open cases that migrate covered by the worker's open KEY allocations (the shared
-- set "covered", built from the key_cover fragment).
SELECT c.worker_cd AS worker, COUNT(DISTINCT c.ref_id) AS cases FROM {{shared covered}} c GROUP BY c.worker_cd ORDER BY c.worker_cd

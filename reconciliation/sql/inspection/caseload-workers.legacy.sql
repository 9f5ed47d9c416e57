-- Caseload per worker from legacy: the open cases that migrate covered by the worker's open KEY allocations.
WITH RECURSIVE {{merged_survivors}},
{{key_cover}}
SELECT worker_cd AS worker, COUNT(DISTINCT ref_id) AS cases FROM covered GROUP BY worker_cd ORDER BY worker_cd

-- fails: census-2885, census-8875
-- (The conference moved is no longer on its CP plan's start day: census 2885.)
-- A conference held on a weekday moved to the Saturday of its week, in the target only.
-- pick: the conference and its date; plant: the Saturday; undo: the date back.
SELECT c.icpc_icpc_id AS id, c.icpc_icpc_date AS held FROM csc.ssd_initial_cp_conference c
WHERE extract(isodow FROM c.icpc_icpc_date) BETWEEN 1 AND 5 ORDER BY c.icpc_icpc_id LIMIT 1;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_date = icpc_icpc_date + (6 - extract(isodow FROM icpc_icpc_date))::int WHERE icpc_icpc_id = :id;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_date = :held WHERE icpc_icpc_id = :id;

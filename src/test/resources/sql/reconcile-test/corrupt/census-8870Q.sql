-- fails: census-8870Q
-- An old initial conference (before Annex A's window) whose target date, a weekday, is moved to the Saturday of its
-- week, in the target only.
-- pick: the conference and its target date; plant: the Saturday; undo: the date back.
SELECT c.icpc_icpc_id AS id, c.icpc_icpc_target_date AS due FROM csc.ssd_initial_cp_conference c
WHERE c.icpc_icpc_date < DATE '2018-06-01' AND extract(isodow FROM c.icpc_icpc_target_date) < 6
ORDER BY c.icpc_icpc_id LIMIT 1;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_target_date = icpc_icpc_target_date + (6 - extract(isodow FROM icpc_icpc_target_date))::int
WHERE icpc_icpc_id = :id;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_target_date = :due WHERE icpc_icpc_id = :id;

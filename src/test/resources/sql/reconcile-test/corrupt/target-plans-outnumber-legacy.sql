-- fails: census-8940, counts-ssd_cp_plans, legacy-volume
-- The target holds more CP plans than legacy has registrations (as if it was reconciled against a smaller legacy): ended
-- plans with every field filled, added to one person, one more than the run read, so only the plan counts and the
-- legacy volume see them.
-- pick: a person, and how many plans to add (rows: read - loaded + 1 of the latest dry run); plant: added; undo: removed.
SELECT (SELECT min(pers_person_id) FROM csc.ssd_person) AS person, t.read - t.loaded + 1 AS rows
FROM migration.run_table t JOIN migration.run r ON r.run_id = t.run_id
WHERE r.kind = 'dry-run' AND r.status = 'SUCCEEDED' AND t.target_table = 'ssd_cp_plans'
ORDER BY r.run_id DESC LIMIT 1;
INSERT INTO csc.ssd_cp_plans (cppl_cp_plan_id, cppl_person_id, cppl_cp_plan_start_date, cppl_cp_plan_end_date, cppl_cp_plan_ola,
                              cppl_cp_plan_initial_category, cppl_cp_plan_latest_category)
SELECT 800000000 + g, :person, DATE '2017-01-01', DATE '2017-06-01', 'N', 'NEG', 'NEG' FROM generate_series(1, CAST(:rows AS bigint)) g;
DELETE FROM csc.ssd_cp_plans WHERE cppl_cp_plan_id > 800000000;

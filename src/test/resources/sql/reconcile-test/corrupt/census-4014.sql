-- fails: census-4014
-- An old ended CIN plan of a living child, their only one, moved in the target to another living child whose own old
-- ended CIN plan was running when it started; neither child has a CP plan (census 4001 unchanged).
-- pick: the plan, its child and the other child; plant: the plan moved; undo: the plan back.
SELECT a.cinp_cin_plan_id AS id, a.cinp_person_id AS child, b.cinp_person_id AS other
FROM csc.ssd_cin_plans a
JOIN csc.ssd_cin_plans b ON b.cinp_person_id <> a.cinp_person_id
 AND a.cinp_cin_plan_start_date > b.cinp_cin_plan_start_date AND a.cinp_cin_plan_start_date < b.cinp_cin_plan_end_date
JOIN csc.ssd_person pa ON pa.pers_person_id = a.cinp_person_id
JOIN csc.ssd_person pb ON pb.pers_person_id = b.cinp_person_id
WHERE pa.pers_death_date IS NULL AND pb.pers_death_date IS NULL
  AND a.cinp_cin_plan_end_date < DATE '2018-06-01' AND b.cinp_cin_plan_end_date < DATE '2018-06-01'
  AND (SELECT count(*) FROM csc.ssd_cin_plans o WHERE o.cinp_person_id = a.cinp_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_person_id IN (a.cinp_person_id, b.cinp_person_id))
ORDER BY a.cinp_cin_plan_id, b.cinp_cin_plan_id LIMIT 1;
UPDATE csc.ssd_cin_plans SET cinp_person_id = :other WHERE cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_person_id = :child WHERE cinp_cin_plan_id = :id;

-- fails: census-8940
-- An old ended CP plan of a living child, alone in its time, moved in the target to another living child whose own old
-- ended plan was running when it started; neither child has a CIN plan over those dates (census 4001 unchanged).
-- pick: the plan, its child and the other child; plant: the plan moved; undo: the plan back.
SELECT a.cppl_cp_plan_id AS id, a.cppl_person_id AS child, b.cppl_person_id AS other
FROM csc.ssd_cp_plans a
JOIN csc.ssd_cp_plans b ON b.cppl_person_id <> a.cppl_person_id
 AND a.cppl_cp_plan_start_date > b.cppl_cp_plan_start_date AND a.cppl_cp_plan_start_date < b.cppl_cp_plan_end_date
JOIN csc.ssd_person pa ON pa.pers_person_id = a.cppl_person_id
JOIN csc.ssd_person pb ON pb.pers_person_id = b.cppl_person_id
WHERE pa.pers_death_date IS NULL AND pb.pers_death_date IS NULL
  AND a.cppl_cp_plan_end_date < DATE '2018-06-01' AND b.cppl_cp_plan_end_date < DATE '2018-06-01'
  AND (SELECT count(*) FROM csc.ssd_cp_plans o WHERE o.cppl_person_id = a.cppl_person_id) = 1
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_person_id IN (a.cppl_person_id, b.cppl_person_id)
                  AND i.cinp_cin_plan_start_date < a.cppl_cp_plan_end_date
                  AND a.cppl_cp_plan_start_date < COALESCE(i.cinp_cin_plan_end_date, DATE '9999-12-31'))
ORDER BY a.cppl_cp_plan_id, b.cppl_cp_plan_id LIMIT 1;
UPDATE csc.ssd_cp_plans SET cppl_person_id = :other WHERE cppl_cp_plan_id = :id;
UPDATE csc.ssd_cp_plans SET cppl_person_id = :child WHERE cppl_cp_plan_id = :id;

-- fails: census-4003
-- The only CIN plan of a living child, old and ended before a later CP plan review of the child, ended in the target the
-- day after that review: the review is held while the CIN plan is open.
-- pick: the CIN plan and its end; plant: the end a day after the review; undo: the end back.
SELECT i.cinp_cin_plan_id AS id, i.cinp_cin_plan_end_date AS ended FROM csc.ssd_cin_plans i
JOIN csc.ssd_person p ON p.pers_person_id = i.cinp_person_id
JOIN csc.ssd_cp_reviews r ON r.cppr_person_id = i.cinp_person_id
WHERE p.pers_death_date IS NULL AND i.cinp_cin_plan_end_date < r.cppr_cp_review_date
  AND r.cppr_cp_review_date < DATE '2018-05-01'
  AND (SELECT count(*) FROM csc.ssd_cin_plans o WHERE o.cinp_person_id = i.cinp_person_id) = 1
ORDER BY i.cinp_cin_plan_id, r.cppr_cp_review_date LIMIT 1;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = (SELECT min(r.cppr_cp_review_date) + 1 FROM csc.ssd_cp_reviews r
  WHERE r.cppr_person_id = cinp_person_id AND r.cppr_cp_review_date > cinp_cin_plan_end_date) WHERE cinp_cin_plan_id = :id;
UPDATE csc.ssd_cin_plans SET cinp_cin_plan_end_date = :ended WHERE cinp_cin_plan_id = :id;

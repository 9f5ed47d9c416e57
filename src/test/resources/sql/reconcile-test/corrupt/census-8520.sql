-- fails: census-8520, census-8606
-- (Born that late, the child was referred more than 40 weeks before birth: census 8606.)
-- A child with a date of birth (and no expected one) born, in the target only, a year after the extract date.
-- pick: the person and the date; plant: the date moved past the extract date; undo: the date back.
SELECT p.pers_person_id AS id, p.pers_dob AS dob FROM csc.ssd_person p
WHERE p.pers_dob IS NOT NULL AND p.pers_expected_dob IS NULL ORDER BY p.pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_dob = DATE '2020-01-31' WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :dob WHERE pers_person_id = :id;

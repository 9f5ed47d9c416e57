-- fails: census-8525
-- A child with a date of birth given an expected date of birth too, in the target only.
-- pick: the person; plant: an expected date of birth; undo: none again.
SELECT p.pers_person_id AS id FROM csc.ssd_person p
WHERE p.pers_dob IS NOT NULL AND p.pers_expected_dob IS NULL ORDER BY p.pers_person_id DESC LIMIT 1;
UPDATE csc.ssd_person SET pers_expected_dob = pers_dob WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_expected_dob = NULL WHERE pers_person_id = :id;

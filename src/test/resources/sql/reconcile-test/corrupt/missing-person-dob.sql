-- fails: census-8525, missing-person-dob
-- A date of birth lost in the target, for a person with no expected date of birth.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT pers_person_id AS id, pers_dob AS value FROM csc.ssd_person WHERE pers_dob IS NOT NULL AND pers_expected_dob IS NULL ORDER BY pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_dob = NULL WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_dob = :value WHERE pers_person_id = :id;

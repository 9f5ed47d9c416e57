-- fails: missing-person-ethnicity
-- A person's ethnicity lost in the target.
-- pick: the row and its value; plant: the value lost (NULL); undo: the value back.
SELECT pers_person_id AS id, pers_ethnicity AS value FROM csc.ssd_person WHERE pers_ethnicity IS NOT NULL ORDER BY pers_person_id LIMIT 1;
UPDATE csc.ssd_person SET pers_ethnicity = NULL WHERE pers_person_id = :id;
UPDATE csc.ssd_person SET pers_ethnicity = :value WHERE pers_person_id = :id;
